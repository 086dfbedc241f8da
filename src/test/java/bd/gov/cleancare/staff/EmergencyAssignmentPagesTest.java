package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Giving an emergency to a colleague of its ward from its staff page. */
class EmergencyAssignmentPagesTest extends BrowserTest {

    @Test
    void an_admin_gives_an_emergency_to_a_colleague_of_the_ward_who_then_has_it() {
        var emergency = raise();
        var me = staff("admin", "DSCC", "12");
        var colleague = staff("admin", "DSCC", "12");
        var elsewhere = staff("admin", "DSCC", "13");
        var page = signedIn(me);
        page.navigate("/staff/emergencies/" + emergency + "?lang=en");
        assertThat(page.locator("#assignee").textContent()).isEqualTo("Nobody yet");
        var options = page.locator("#assignedTo option").allTextContents();
        assertThat(options).anyMatch(text -> text.startsWith(name(colleague)));
        assertThat(options).anyMatch(text -> text.startsWith(name(me)) && text.endsWith("· me"));
        assertThat(options).noneMatch(text -> text.startsWith(name(elsewhere)));

        page.selectOption("#assignedTo", colleague.id().toString());
        page.selectOption("#status", "in_progress");
        page.fill("#note", "Colleague is closer");
        page.click("main form button[type=submit]");
        assertThat(page.locator("main [role=status]").count()).isEqualTo(1);
        assertThat(page.locator("#assignee").textContent()).isEqualTo(name(colleague));
        assertThat(jdbc.sql("SELECT assigned_to FROM emergency_requests WHERE id = :id").param("id", UUID.fromString(emergency))
                .query(UUID.class).single()).isEqualTo(colleague.id());
        assertThat(api.as(colleague.accessToken()).get("/api/v1/emergency/" + emergency + "/").status()).isEqualTo(200);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_colleague_outside_the_ward_is_refused_by_the_service_and_an_admin_of_another_ward_sees_nothing() {
        var emergency = raise();
        var elsewhere = staff("admin", "DSCC", "13");
        var page = signedIn(staff("admin", "DSCC", "12"));
        page.navigate("/staff/emergencies/" + emergency + "?lang=en");
        // a tampered form: the option's value swapped for someone of ward 13
        page.evaluate("id => document.querySelector('#assignedTo option:nth-child(2)').value = id", elsewhere.id().toString());
        page.selectOption("#assignedTo", elsewhere.id().toString());
        var response = page.waitForResponse(r -> r.url().endsWith("/status"), () -> page.click("main form button[type=submit]"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#assignedTo-error").textContent()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM emergency_requests WHERE id = :id AND assigned_to IS NULL")
                .param("id", UUID.fromString(emergency)).query(Long.class).single()).isEqualTo(1);
        axe(page);

        var other = signedIn(elsewhere);
        assertThat(other.navigate("/staff/emergencies/" + emergency).status()).isEqualTo(404);
    }

    @Test
    void the_assignment_form_has_no_serious_accessibility_problems_in_either_language() {
        var emergency = raise();
        staff("admin", "DSCC", "12");
        var page = signedIn(staff("super_admin", "DSCC"));
        for (var lang : new String[] {"bn", "en"}) {
            page.navigate("/staff/emergencies/" + emergency + "?lang=" + lang);
            assertThat(page.locator("#assignedTo option").count()).isGreaterThan(2);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private String raise() {
        var citizen = citizen("DSCC", "12");
        var raised = api.as(citizen.accessToken()).post("/api/v1/emergency/", Map.of("emergency_type", "fire",
                "description", "Smoke from a shop", "location", "Road 5", "city_corporation", "DSCC", "ward_number", "12"));
        assertThat(raised.status()).as(raised.toString()).isIn(200, 201);
        return raised.json().get("id").asString();
    }

    private String name(Account staff) {
        return jdbc.sql("SELECT name FROM users WHERE id = :id").param("id", staff.id()).query(String.class).single();
    }
}
