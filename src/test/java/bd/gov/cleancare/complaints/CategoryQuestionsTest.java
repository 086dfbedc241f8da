package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Extra questions per category: kept by super admins, answered while filing, checked, shown to staff. */
class CategoryQuestionsTest extends ApiTest {

    static final String ADMIN = "/api/v1/admin/category-questions/";

    Account superAdmin;
    Account citizen;

    @BeforeEach
    void questionsForElectricity() {
        superAdmin = staff("super_admin", "DSCC");
        citizen = citizen();
        add(Map.of("category", "electricity", "code", "danger", "kind", "choice", "label_bn", "তার কি ঝুলে আছে?",
                "label_en", "Is a wire hanging?", "required", true, "position", 1, "options", List.of(
                        Map.of("key", "no", "label_bn", "না", "label_en", "No"),
                        Map.of("key", "sparking", "label_bn", "আগুনের ফুলকি", "label_en", "Sparking",
                                "block_bn", "এখনই ৯৯৯-এ ফোন করুন", "block_en", "Call 999 now"))));
        add(Map.of("category", "electricity", "code", "poles", "kind", "number", "label_bn", "কয়টি খুঁটি?",
                "label_en", "How many poles?", "position", 2));
        add(Map.of("category", "electricity", "code", "dark_at_night", "kind", "yes_no", "label_bn", "রাতে কি অন্ধকার থাকে?",
                "label_en", "Is it dark at night?", "position", 3));
    }

    private Http.Response add(Map<String, Object> question) {
        var response = api.as(superAdmin.accessToken()).post(ADMIN, question);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private Http.Response fileWith(Map<String, Object> answers, String language) {
        return api.as(citizen.accessToken()).with("Accept-Language", language).post("/api/v1/complaints/", Map.of(
                "title", "সড়কবাতি নষ্ট", "description", "এক সপ্তাহ ধরে বাতি জ্বলছে না।", "category", "electricity",
                "location", "মিরপুর ১০", "city_corporation", "DSCC", "ward_number", "12", "answers", answers));
    }

    @Test
    void answers_are_checked_stored_and_shown_to_staff_with_their_questions() {
        var filed = fileWith(Map.of("danger", "no", "poles", "৩", "dark_at_night", "yes"), "bn");

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        var admin = staff("admin", "DSCC", "12");
        var answers = api.as(admin.accessToken()).get("/api/v1/complaints/" + filed.json().get("id").asString() + "/").json().get("answers");
        assertThat(answers.size()).isEqualTo(3);
        assertThat(answers.get(0).get("question_en").asString()).isEqualTo("Is a wire hanging?");
        assertThat(answers.get(0).get("value").asString()).isEqualTo("no");
        assertThat(answers.get(0).get("value_bn").asString()).isEqualTo("না");
        assertThat(answers.get(1).get("value").asInt()).isEqualTo(3);
        assertThat(answers.get(2).get("value").asBoolean()).isTrue();
    }

    @Test
    void a_required_answer_a_wrong_value_and_an_unknown_question_are_refused_field_by_field() {
        var missing = fileWith(Map.of("poles", "2"), "en");
        var notANumber = fileWith(Map.of("danger", "no", "poles", "many"), "en");
        var unknown = fileWith(Map.of("danger", "no", "colour", "red"), "en");
        var badChoice = fileWith(Map.of("danger", "maybe"), "bn");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").get("answers.danger").get(0).asString()).isEqualTo("Please answer: Is a wire hanging?");
        assertThat(notANumber.json().get("errors").has("answers.poles")).isTrue();
        assertThat(unknown.json().get("errors").has("answers.colour")).isTrue();
        assertThat(badChoice.json().get("errors").get("answers.danger").get(0).asString()).contains("sparking");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Integer.class).single()).isZero();
    }

    @Test
    void a_blocking_choice_refuses_filing_with_its_message_in_the_readers_language() {
        var bn = fileWith(Map.of("danger", "sparking"), "bn");
        var en = fileWith(Map.of("danger", "sparking"), "en");

        assertThat(bn.status()).isEqualTo(400);
        assertThat(bn.json().get("detail").asString()).isEqualTo("এখনই ৯৯৯-এ ফোন করুন");
        assertThat(en.json().get("detail").asString()).isEqualTo("Call 999 now");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Integer.class).single()).isZero();
    }

    @Test
    void other_categories_ask_nothing_and_anyone_may_read_a_categorys_questions() {
        assertThat(fileWith(Map.of(), "bn").status()).isEqualTo(400);
        var roads = api.as(citizen.accessToken()).post("/api/v1/complaints/", Map.of("title", "গর্ত", "description", "বড় গর্ত।",
                "category", "roads", "location", "মিরপুর", "city_corporation", "DSCC", "ward_number", "12"));
        assertThat(roads.status()).isEqualTo(201);
        assertThat(roads.json().get("answers").size()).isZero();

        var listed = api.get("/api/v1/complaints/categories/electricity/questions/");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("results").findValuesAsString("code")).containsExactly("danger", "poles", "dark_at_night");
    }

    @Test
    void only_super_admins_keep_the_questions_and_bad_questions_are_refused() {
        var admin = staff("admin", "DSCC", "12");
        var question = Map.<String, Object>of("category", "roads", "code", "depth", "kind", "number", "label_bn", "গভীরতা", "label_en", "Depth");
        assertThat(api.as(admin.accessToken()).post(ADMIN, question).status()).isEqualTo(403);
        assertThat(api.as(citizen.accessToken()).post(ADMIN, question).status()).isEqualTo(403);
        assertThat(api.as(admin.accessToken()).get(ADMIN).status()).isEqualTo(403);

        var oneOption = api.as(superAdmin.accessToken()).post(ADMIN, Map.of("category", "roads", "code", "kind_of", "kind", "choice",
                "label_bn", "ধরন", "label_en", "Kind", "options", List.of(Map.of("key", "a", "label_bn", "ক", "label_en", "A"))));
        assertThat(oneOption.status()).isEqualTo(400);
        assertThat(oneOption.json().get("errors").has("options")).isTrue();
        var badKind = api.as(superAdmin.accessToken()).post(ADMIN, Map.of("category", "roads", "code", "x", "kind", "date",
                "label_bn", "ক", "label_en", "A"));
        assertThat(badKind.json().get("errors").has("kind")).isTrue();
        var taken = api.as(superAdmin.accessToken()).post(ADMIN, Map.of("category", "electricity", "code", "poles", "kind", "text",
                "label_bn", "ক", "label_en", "A"));
        assertThat(taken.status()).isEqualTo(409);

        var id = add(question).json().get("id").asString();
        var changed = api.as(superAdmin.accessToken()).put(ADMIN + id + "/", Map.of("required", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("required").asBoolean()).isTrue();
        assertThat(api.as(superAdmin.accessToken()).get(ADMIN + "?category=roads").json().get("count").asInt()).isEqualTo(1);
        assertThat(api.as(superAdmin.accessToken()).delete(ADMIN + id + "/").status()).isEqualTo(204);
        assertThat(api.as(superAdmin.accessToken()).delete(ADMIN + id + "/").status()).isEqualTo(404);
    }
}
