package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ward-scope matrix: citizen / admin in ward / admin outside / service provider / super admin × read, update, delete, assign. */
class ComplaintAccessTest extends ApiTest {

    Account owner;
    Account otherCitizen;
    Account wardAdmin;
    Account otherWardAdmin;
    Account sameNumberOtherCorporationAdmin;
    Account provider;
    Account superAdmin;
    String id;

    @BeforeEach
    void aComplaintInDsccWard12() {
        owner = citizen("DSCC", "12");
        otherCitizen = citizen("DSCC", "12");
        wardAdmin = staff("admin", "DSCC", "12");
        otherWardAdmin = staff("admin", "DSCC", "13");
        sameNumberOtherCorporationAdmin = staff("admin", "DNCC", "12");
        provider = staff("service_provider", "DSCC", "12");
        superAdmin = staff("super_admin", null);
        id = file(owner).get("id").asString();
    }

    private Http as(Account account) {
        return api.as(account.accessToken());
    }

    private String path() {
        return "/api/v1/complaints/" + id + "/";
    }

    @Test
    void who_can_read_it() {
        assertThat(as(owner).get(path()).status()).isEqualTo(200);
        assertThat(as(wardAdmin).get(path()).status()).isEqualTo(200);
        assertThat(as(superAdmin).get(path()).status()).isEqualTo(200);
        assertThat(as(otherCitizen).get(path()).status()).isEqualTo(404);
        assertThat(as(otherWardAdmin).get(path()).status()).isEqualTo(404);
        assertThat(as(sameNumberOtherCorporationAdmin).get(path()).status()).isEqualTo(404);
        assertThat(as(provider).get(path()).status()).as("not assigned yet").isEqualTo(404);
        assertThat(api.get(path()).status()).isEqualTo(401);
    }

    @Test
    void who_finds_it_in_their_list() {
        assertThat(ids(owner)).containsExactly(id);
        assertThat(ids(wardAdmin)).containsExactly(id);
        assertThat(ids(superAdmin)).containsExactly(id);
        assertThat(ids(otherCitizen)).isEmpty();
        assertThat(ids(otherWardAdmin)).isEmpty();
        assertThat(ids(sameNumberOtherCorporationAdmin)).isEmpty();
        assertThat(ids(provider)).isEmpty();
    }

    @Test
    void a_service_provider_sees_and_updates_only_what_is_assigned_to_them() {
        assertThat(as(wardAdmin).post(path() + "updates/", Map.of("assigned_to", provider.id().toString())).status()).isEqualTo(201);

        assertThat(as(provider).get(path()).status()).isEqualTo(200);
        assertThat(ids(provider)).containsExactly(id);
        assertThat(as(provider).post(path() + "updates/", Map.of("new_status", "in_progress", "comment", "দল পাঠানো হয়েছে")).status())
                .isEqualTo(201);
        assertThat(as(provider).delete(path()).status()).isEqualTo(403);
    }

    @Test
    void who_can_update_it() {
        assertThat(as(otherWardAdmin).post(path() + "updates/", Map.of("new_status", "in_progress")).status()).isEqualTo(404);
        assertThat(as(otherCitizen).post(path() + "updates/", Map.of("comment", "spam")).status()).isEqualTo(404);
        assertThat(as(owner).post(path() + "updates/", Map.of("new_status", "in_progress")).status()).isEqualTo(403);
        assertThat(as(wardAdmin).post(path() + "updates/", Map.of("new_status", "in_progress")).status()).isEqualTo(201);
        assertThat(as(superAdmin).post(path() + "updates/", Map.of("new_status", "resolved")).status()).isEqualTo(201);
    }

    @Test
    void an_admin_with_only_read_permission_cannot_update() {
        jdbc.sql("UPDATE admin_permissions SET can_update = FALSE WHERE admin_id = :id").param("id", wardAdmin.id()).update();

        assertThat(as(wardAdmin).get(path()).status()).isEqualTo(200);
        assertThat(as(wardAdmin).post(path() + "updates/", Map.of("new_status", "in_progress")).status()).isEqualTo(403);
    }

    @Test
    void who_can_delete_it() {
        assertThat(as(otherCitizen).delete(path()).status()).isEqualTo(404);
        assertThat(as(otherWardAdmin).delete(path()).status()).isEqualTo(404);
        assertThat(as(wardAdmin).delete(path()).status()).as("no delete permission").isEqualTo(403);
        jdbc.sql("UPDATE admin_permissions SET can_delete = TRUE WHERE admin_id = :id").param("id", wardAdmin.id()).update();
        assertThat(as(wardAdmin).delete(path()).status()).as("granted, applies on the next request").isEqualTo(204);
        assertThat(as(superAdmin).get(path()).status()).isEqualTo(404);
    }

    @Test
    void the_owner_deletes_only_while_submitted_and_a_super_admin_any_time() {
        var second = file(owner).get("id").asString();
        as(wardAdmin).post(path() + "updates/", Map.of("new_status", "in_progress"));

        assertThat(as(owner).delete(path()).status()).isEqualTo(409);
        assertThat(as(owner).delete("/api/v1/complaints/" + second + "/").status()).isEqualTo(204);
        assertThat(as(superAdmin).delete(path()).status()).isEqualTo(204);
    }

    @Test
    void who_can_assign_and_to_whom() {
        var outsideProvider = staff("service_provider", "DSCC", "40");

        assertThat(as(owner).post(path() + "updates/", Map.of("assigned_to", provider.id().toString())).status()).isEqualTo(403);
        assertThat(as(otherWardAdmin).post(path() + "updates/", Map.of("assigned_to", provider.id().toString())).status()).isEqualTo(404);
        var toOutsider = as(wardAdmin).post(path() + "updates/", Map.of("assigned_to", outsideProvider.id().toString()));
        assertThat(toOutsider.status()).isEqualTo(400);
        assertThat(toOutsider.json().get("errors").has("assigned_to")).isTrue();
        assertThat(as(wardAdmin).post(path() + "updates/", Map.of("assigned_to", otherCitizen.id().toString())).status()).isEqualTo(400);
        assertThat(as(wardAdmin).post(path() + "updates/", Map.of("assigned_to", java.util.UUID.randomUUID().toString())).status()).isEqualTo(400);
        var assigned = as(superAdmin).post(path() + "updates/", Map.of("assigned_to", provider.id().toString()));
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().get("assigned_to").asString()).isEqualTo(provider.id().toString());
        assertThat(assigned.json().get("assignee").get("name").asString()).isNotBlank();
    }

    @Test
    void the_citizen_sees_staff_names_but_not_their_phones_and_staff_see_the_citizens_phone() {
        as(wardAdmin).post(path() + "updates/", Map.of("assigned_to", provider.id().toString()));

        var mine = as(owner).get(path()).json();
        var theirs = as(wardAdmin).get(path()).json();

        assertThat(mine.get("assignee").get("phone").isNull()).isTrue();
        assertThat(theirs.get("user").get("phone").asString()).isEqualTo(owner.phone());
    }

    private java.util.List<String> ids(Account account) {
        var list = as(account).get("/api/v1/complaints/");
        assertThat(list.status()).isEqualTo(200);
        return list.json().get("results").valueStream().map(c -> c.get("id").asString()).toList();
    }
}
