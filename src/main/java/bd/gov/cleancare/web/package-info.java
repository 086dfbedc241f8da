/**
 * Pages that bring several capabilities together, starting with the citizen portal's home page.
 * A page of one capability lives in that module's own {@code web} package instead; this module
 * may call any module's public service, and none calls it.
 */
@ApplicationModule(displayName = "Web portal")
package bd.gov.cleancare.web;

import org.springframework.modulith.ApplicationModule;
