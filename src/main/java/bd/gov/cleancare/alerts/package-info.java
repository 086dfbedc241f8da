/**
 * Alerts: a citizen follows a ward or a circle around a point, for chosen categories, and hears of
 * new public complaints and status changes there (in the app and by push through notifications, and
 * optionally one SMS digest a day); one-tap signed unsubscribe links; the public Atom feed per ward.
 */
@ApplicationModule(displayName = "Alerts")
package bd.gov.cleancare.alerts;

import org.springframework.modulith.ApplicationModule;
