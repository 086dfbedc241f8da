/**
 * Technical services every module may use: errors as problem details, i18n, request ids, security
 * plumbing, SMS, push notifications, storage, photo processing, clock and rate limits. Open: its
 * sub-packages are its public surface.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package bd.gov.cleancare.platform;

import org.springframework.modulith.ApplicationModule;
