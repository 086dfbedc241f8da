package bd.gov.cleancare.chat;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The chat pages: live between a citizen and their ward office, without JavaScript too, refused outside the ward. */
class ChatPagesTest extends BrowserTest {

    @Test
    void a_citizen_and_the_ward_admin_exchange_messages_live_on_the_complaint_chat() {
        var citizen = citizen("DSCC", "12");
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(citizen);
        var id = complaint.get("id").asString();

        var office = otherContext();
        try {
            var adminPage = signIn(office, admin);
            adminPage.navigate("/staff/complaints/" + id);
            adminPage.click("#chat-link");
            adminPage.waitForSelector("#composer[data-live=true]");

            var page = signedIn(citizen);
            page.navigate("/complaints/" + id);
            page.click("#chat-link");
            assertThat(page.url()).endsWith("/complaints/" + id + "/chat");
            page.waitForSelector("#composer[data-live=true]");

            // markup typed by a citizen stays text on the other side
            page.fill("#message", "<b>ময়লা</b> এখনো পড়ে আছে");
            page.click("#composer button[type=submit]");
            var arrived = adminPage.locator("#messages li:not(.mine) .text");
            arrived.first().waitFor();
            assertThat(arrived.first().textContent()).isEqualTo("<b>ময়লা</b> এখনো পড়ে আছে");
            assertThat(adminPage.locator("#messages li b").count()).isZero();
            assertThat(page.url()).as("sent over the socket, no reload").endsWith("/chat");

            // the admin saw it live: the citizen's message is marked as seen
            page.waitForSelector("#messages li.mine .seen");

            adminPage.fill("#message", "আজই পরিষ্কার করা হবে");
            adminPage.click("#composer button[type=submit]");
            page.waitForSelector("#messages li:not(.mine) .text:text('আজই পরিষ্কার করা হবে')");

            var stored = jdbc.sql("SELECT message, is_bot FROM chat_messages WHERE room_id = :room ORDER BY seq")
                    .param("room", "complaint-" + id).query().listOfRows();
            assertThat(stored).extracting(row -> row.get("message"))
                    .containsExactly("<b>ময়লা</b> এখনো পড়ে আছে", "আজই পরিষ্কার করা হবে");
            assertThat(cspViolations).isEmpty();
        } finally {
            office.close();
        }
    }

    @Test
    void without_javascript_the_form_posts_the_assistant_answers_and_older_messages_page_back() {
        var citizen = citizen("DSCC", "12");
        var room = "support-" + citizen.id();
        for (int i = 1; i <= 35; i++) {
            jdbc.sql("INSERT INTO chat_messages (sender_id, room_id, message, message_type, created_at) VALUES (:me, :room, :text, 'text', now())")
                    .param("me", citizen.id()).param("room", room).param("text", "পুরনো বার্তা " + i).update();
        }
        context.close();
        context = otherContext(false);
        var page = signIn(context, citizen);
        page.navigate("/chat");
        assertThat(page.locator("h1").textContent()).isEqualTo("আপনার ওয়ার্ড অফিসের সাথে বার্তা");
        assertThat(page.locator("#messages li").count()).isEqualTo(30);

        page.click("#older");
        assertThat(page.locator("#messages li .text").first().textContent()).isEqualTo("পুরনো বার্তা 1");
        assertThat(page.locator("#messages li").count()).isEqualTo(5);

        page.navigate("/chat");
        page.fill("#message", "বাসার সামনে ময়লা");
        page.click("#composer button[type=submit]");
        assertThat(page.url()).endsWith("/chat#composer");
        var last = page.locator("#messages li").last();
        // nobody of the ward office is online: the assistant answers, marked as such
        assertThat(last.getAttribute("class")).contains("bot");
        assertThat(last.locator(".who").textContent()).contains("সহায়ক (স্বয়ংক্রিয় উত্তর)");
        assertThat(page.locator("#messages li.mine .text").last().textContent()).isEqualTo("বাসার সামনে ময়লা");

        page.fill("#message", "   ");
        page.click("#composer button[type=submit]");
        assertThat(page.locator("#message-error").isVisible()).isTrue();
    }

    @Test
    void an_admin_of_another_ward_is_refused_on_the_page_and_the_socket() {
        var citizen = citizen("DSCC", "12");
        var id = file(citizen).get("id").asString();
        var outsider = staff("admin", "DSCC", "13");

        var page = signedIn(outsider);
        assertThat(page.navigate("/staff/complaints/" + id + "/chat").status()).isEqualTo(403);
        assertThat(page.navigate("/chat/rooms/support-" + citizen.id()).status()).isEqualTo(403);
        page.navigate("/chat");
        // with a valid CSRF token: the refusal is the chat service's, not the form's
        var token = page.locator("input[name=_csrf]").first().getAttribute("value");
        var posted = page.request().post("/chat/rooms/complaint-" + id + "/messages",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("message", "hello").set("_csrf", token)));
        assertThat(posted.status()).isEqualTo(403);

        var closed = page.evaluate("""
                room => new Promise(done => {
                    const socket = new WebSocket('ws://' + location.host + '/ws/chat/' + room + '/');
                    socket.onmessage = event => { if (JSON.parse(event.data).type === 'ready') done('ready'); };
                    socket.onclose = event => done(event.code);
                })""", "complaint-" + id);
        assertThat(closed).isEqualTo(1008);
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages").query(Long.class).single()).isZero();
    }

    @Test
    void the_ward_admin_sees_the_wards_rooms_with_unread_counts_and_every_chat_page_passes_axe() {
        var citizen = citizen("DSCC", "12");
        var id = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        api.as(citizen.accessToken()).post("/api/v1/chat/rooms/complaint-" + id + "/messages", java.util.Map.of("message", "কেউ আছেন?"));

        var office = otherContext();
        try {
            var adminPage = signIn(office, admin);
            adminPage.navigate("/chat");
            var card = adminPage.locator("#rooms li").first();
            // the citizen's question and the assistant's answer (nobody of the office was online)
            assertThat(card.locator(".unread").textContent()).isEqualTo("২টি অপঠিত");
            card.locator("a").click();
            assertThat(adminPage.url()).endsWith("/staff/complaints/" + id + "/chat");
            adminPage.navigate("/chat");
            assertThat(adminPage.locator("#rooms .unread").count()).as("read once viewed").isZero();
            for (var path : new String[] {"/chat", "/staff/complaints/" + id + "/chat"}) {
                for (var lang : new String[] {"bn", "en"}) {
                    adminPage.navigate(path + "?lang=" + lang);
                    axe(adminPage);
                }
            }
        } finally {
            office.close();
        }

        api.as(admin.accessToken()).post("/api/v1/chat/rooms/complaint-" + id + "/messages", java.util.Map.of("message", "দেখছি"));
        var page = signedIn(citizen);
        page.navigate("/chat");
        // the assistant's answer and the admin's reply, on the list beside the support room
        assertThat(page.locator("#rooms .unread").allTextContents()).containsExactly("২টি অপঠিত");
        for (var path : new String[] {"/chat", "/complaints/" + id + "/chat"}) {
            for (var lang : new String[] {"bn", "en"}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
        }
        assertThat(cspViolations).isEmpty();
    }

    private BrowserContext otherContext() {
        return otherContext(true);
    }

    private BrowserContext otherContext(boolean javaScript) {
        return context.browser().newContext(new Browser.NewContextOptions().setBaseURL(base()).setLocale("en-US")
                .setJavaScriptEnabled(javaScript));
    }

    /** Signs in through the login page in another browser context (another person's phone). */
    private Page signIn(BrowserContext where, Account who) {
        var page = where.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        page.navigate("/login");
        page.fill("#phone", who.phone());
        page.fill("#password", PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL(base() + "/");
        return page;
    }
}
