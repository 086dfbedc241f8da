package bd.gov.cleancare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modules_only_use_each_others_public_surface_and_have_no_cycles() {
        ApplicationModules.of(CleanCareApplication.class).verify();
    }
}
