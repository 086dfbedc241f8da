/**
 * A citizen's own data: download it all (JSON) and delete the account. The one place that knows every
 * table holding a citizen's personal data, so the export and the erasure stay complete together.
 */
@ApplicationModule(displayName = "Privacy")
package bd.gov.cleancare.privacy;

import org.springframework.modulith.ApplicationModule;
