package bd.gov.cleancare.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PaymentsTest extends ApiTest {

    @Autowired
    Payments payments;

    private JsonNode pay(Account who, String service, Object amount, String method) {
        var body = new HashMap<String, Object>(Map.of("service_type", service, "payment_method", method));
        if (amount != null) {
            body.put("amount", amount);
        }
        var response = api.as(who.accessToken()).post("/api/v1/payments/process/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** The citizen's choice on the sandbox page, then the gateway sending the browser back to us. */
    private Http.Response choose(JsonNode started, boolean confirm) {
        var page = URI.create(started.get("redirect_url").asString()).getPath();
        var back = api.raw("POST", page + (confirm ? "confirm/" : "cancel/"), "application/x-www-form-urlencoded", new byte[0]);
        assertThat(back.status()).isEqualTo(303);
        var location = URI.create(back.header("Location"));
        return api.get(location.getRawPath() + "?" + location.getRawQuery());
    }

    private JsonNode payment(Account who, JsonNode started) {
        return api.as(who.accessToken()).get("/api/v1/payments/" + started.get("payment_id").asString() + "/").json();
    }

    @Test
    void a_citizen_pays_a_fee_through_the_sandbox_and_gets_a_receipt_by_sms_in_the_app_and_as_pdf() throws Exception {
        var citizen = citizen();

        var started = pay(citizen, "holding_tax", "1250.50", "bkash");

        assertThat(started.get("status").asString()).isEqualTo("processing");
        assertThat(started.get("transaction_id").asString()).startsWith("TXN");
        assertThat(started.get("bkash_url").asString()).isEqualTo(started.get("redirect_url").asString());
        var page = api.get(URI.create(started.get("redirect_url").asString()).getPath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("1250.50");
        var callback = choose(started, true);
        assertThat(callback.status()).isEqualTo(200);
        assertThat(callback.json().get("status").asString()).isEqualTo("completed");
        var paid = payment(citizen, started);
        assertThat(paid.get("amount").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(paid.get("receipt_number").asString()).matches("CCP-\\d{4}-\\d{7}");
        assertThat(paid.get("gateway_trx_id").asString()).isNotBlank();
        var events = api.as(citizen.accessToken()).get("/api/v1/payments/" + paid.get("id").asString() + "/events/").json().get("results");
        assertThat(events.valueStream().map(e -> e.get("to_status").asString())).containsExactly("pending", "processing", "completed");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sms.sent()).anySatisfy(s -> assertThat(s.text()).contains(paid.get("receipt_number").asString())));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.as(citizen.accessToken()).get("/api/v1/notifications/?is_read=false").json().get("results").valueStream()
                        .anyMatch(n -> n.get("kind").asString().equals("payment_completed")));
        var receipt = api.as(citizen.accessToken()).get("/api/v1/payments/" + paid.get("id").asString() + "/receipt/");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        try (var pdf = Loader.loadPDF(receipt.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("পরিশোধের রসিদ").contains(paid.get("receipt_number").asString());
        }
    }

    @Test
    void a_replayed_callback_changes_nothing() {
        var citizen = citizen();
        var started = pay(citizen, "birth_certificate", null, "nagad");
        choose(started, true);
        var id = started.get("payment_id").asString();
        long events = jdbc.sql("SELECT count(*) FROM payment_events WHERE payment_id = CAST(:id AS uuid)").param("id", id).query(Long.class).single();

        var again = choose(started, true);
        var cancelAfterPaying = choose(started, false);

        assertThat(again.json().get("status").asString()).isEqualTo("completed");
        assertThat(cancelAfterPaying.json().get("status").asString()).isEqualTo("completed");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_events WHERE payment_id = CAST(:id AS uuid)").param("id", id).query(Long.class).single())
                .isEqualTo(events);
        assertThat(payment(citizen, started).get("amount").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void a_forged_success_callback_is_not_believed() {
        var citizen = citizen();
        var started = pay(citizen, "waste_collection", 300, "bkash");
        var sandboxId = URI.create(started.get("redirect_url").asString()).getPath().replaceAll(".*/sandbox/([^/]+)/", "$1");

        var forged = api.get("/api/v1/payments/sandbox/callback/?payment_id=" + sandboxId + "&status=success");
        assertThat(forged.json().get("status").asString()).as("the sandbox says nobody paid yet").isEqualTo("processing");

        choose(started, false);
        var forgedAfterCancel = api.get("/api/v1/payments/sandbox/callback/?payment_id=" + sandboxId + "&status=success&amount=300");
        assertThat(forgedAfterCancel.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(payment(citizen, started).get("receipt_number").isNull()).isTrue();
        assertThat(api.get("/api/v1/payments/sandbox/callback/?payment_id=nonsense").status()).isEqualTo(404);
    }

    @Test
    void twenty_concurrent_requests_with_one_idempotency_key_make_one_payment() throws Exception {
        var citizen = citizen();
        var start = new CountDownLatch(1);
        var answers = new ArrayList<java.util.concurrent.Future<Http.Response>>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.as(citizen.accessToken()).with("Idempotency-Key", "order-42")
                            .post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", 500, "payment_method", "bkash"));
                }));
            }
            start.countDown();
            var ids = new java.util.HashSet<String>();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                ids.add(response.json().get("payment_id").asString());
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM payments").query(Long.class).single()).isEqualTo(1);
        var later = api.as(citizen.accessToken()).with("Idempotency-Key", "order-42")
                .post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", 500, "payment_method", "bkash"));
        assertThat(later.json().get("replayed").asBoolean()).isTrue();
    }

    @Test
    void bad_amounts_services_and_methods_are_refused_naming_the_field() {
        var as = api.as(citizen().accessToken());

        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "parking", "amount", 10, "payment_method", "bkash")))).isEqualTo("service_type");
        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", 50, "payment_method", "bkash")))).isEqualTo("amount");
        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", "100.001", "payment_method", "bkash")))).isEqualTo("amount");
        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", -100, "payment_method", "bkash")))).isEqualTo("amount");
        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "birth_certificate", "amount", 49, "payment_method", "bkash")))).isEqualTo("amount");
        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", 500, "payment_method", "paypal")))).isEqualTo("payment_method");
        assertThat(field(as.post("/api/v1/payments/process/", Map.of("service_type", "holding_tax", "amount", 500, "payment_method", "bkash",
                "phone_number", "12345")))).isEqualTo("phone_number");
        assertThat(as.post("/api/v1/payments/process/", "{\"service_type\":\"holding_tax\",\"amount\":\"lots\",\"payment_method\":\"bkash\"}").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM payments").query(Long.class).single()).isZero();
    }

    @Test
    void payments_are_seen_by_their_payer_the_wards_payment_staff_and_the_super_admin_only() {
        var payer = citizen("DSCC", "12");
        var started = pay(payer, "holding_tax", 500, "bkash");
        var path = "/api/v1/payments/" + started.get("payment_id").asString() + "/";
        var stranger = citizen("DSCC", "12");
        var complaintsAdmin = staff("admin", "DSCC", "12");
        var paymentsAdmin = staff("admin", "DSCC", "40");
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, ward_numbers, city_corporation, can_read, can_update)
                VALUES (:id, 'payments', ARRAY['12'], 'DSCC', TRUE, TRUE)""").param("id", paymentsAdmin.id()).update();
        var superAdmin = staff("super_admin", null);

        assertThat(api.as(payer.accessToken()).get(path).status()).isEqualTo(200);
        assertThat(api.as(stranger.accessToken()).get(path).status()).isEqualTo(404);
        assertThat(api.as(complaintsAdmin.accessToken()).get(path).status()).isEqualTo(404);
        assertThat(api.as(paymentsAdmin.accessToken()).get(path).status()).isEqualTo(200);
        assertThat(api.as(superAdmin.accessToken()).get(path).status()).isEqualTo(200);
        assertThat(api.as(paymentsAdmin.accessToken()).get("/api/v1/payments/").json().get("count").asInt()).isEqualTo(1);
        assertThat(api.as(stranger.accessToken()).get("/api/v1/payments/").json().get("count").asInt()).isZero();
        assertThat(api.as(payer.accessToken()).get("/api/v1/payments/history/").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void reconciliation_settles_a_payment_whose_callback_never_came_and_expires_an_abandoned_one() {
        var citizen = citizen();
        var paidButSilent = pay(citizen, "holding_tax", 700, "bkash");
        var abandoned = pay(citizen, "holding_tax", 800, "bkash");
        var page = URI.create(paidButSilent.get("redirect_url").asString()).getPath();
        api.raw("POST", page + "confirm/", "application/x-www-form-urlencoded", new byte[0]);  // the citizen closed the app after paying

        assertThat(payments.reconcile()).as("too early: nothing is stuck yet").isZero();
        clock.advance(Duration.ofMinutes(11));
        payments.reconcile();
        assertThat(payment(citizen, paidButSilent).get("status").asString()).isEqualTo("completed");
        assertThat(payment(citizen, abandoned).get("status").asString()).isEqualTo("processing");

        clock.advance(Duration.ofHours(25));
        payments.reconcile();
        assertThat(payment(login(citizen.phone(), PASSWORD), abandoned).get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void refunds_are_requested_by_the_payer_approved_by_staff_and_never_exceed_what_was_paid() {
        var citizen = citizen("DSCC", "12");
        var started = pay(citizen, "holding_tax", "500.00", "bkash");
        choose(started, true);
        var id = started.get("payment_id").asString();
        var superAdmin = staff("super_admin", null);

        var request = api.as(citizen.accessToken()).post("/api/v1/payments/refund/", Map.of("payment_id", id, "amount", "100.00", "reason", "দুবার কাটা হয়েছে"));
        assertThat(request.status()).isEqualTo(201);
        assertThat(request.json().get("status").asString()).isEqualTo("requested");
        var tooMuch = api.as(citizen.accessToken()).post("/api/v1/payments/refund/", Map.of("payment_id", id, "amount", "400.01"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").has("amount")).isTrue();
        assertThat(api.as(citizen.accessToken()).post("/api/v1/payments/refunds/" + request.json().get("id").asString() + "/approve/", Map.of()).status())
                .isEqualTo(403);

        var approved = api.as(superAdmin.accessToken()).post("/api/v1/payments/refunds/" + request.json().get("id").asString() + "/approve/", Map.of());
        assertThat(approved.json().get("status").asString()).isEqualTo("completed");
        assertThat(payment(citizen, started).get("refunded_amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(payment(citizen, started).get("status").asString()).isEqualTo("completed");

        var rest = api.as(superAdmin.accessToken()).post("/api/v1/payments/refund/", Map.of("payment_id", id));
        assertThat(rest.json().get("status").asString()).isEqualTo("completed");
        assertThat(rest.json().get("amount").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(payment(citizen, started).get("status").asString()).isEqualTo("refunded");
        assertThat(api.as(superAdmin.accessToken()).post("/api/v1/payments/refund/", Map.of("payment_id", id, "amount", 1)).status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'payment.refunded'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_receipt_exists_only_for_a_completed_payment() {
        var citizen = citizen();
        var started = pay(citizen, "holding_tax", 500, "bkash");

        assertThat(api.as(citizen.accessToken()).get("/api/v1/payments/" + started.get("payment_id").asString() + "/receipt/").status())
                .isEqualTo(409);
    }

    private static String field(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").propertyNames().iterator().next();
    }
}
