package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.FollowUpQuestion;
import bd.gov.cleancare.complaints.FollowUps;
import bd.gov.cleancare.platform.security.PublicRoutes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Has it been fixed?" for apps: the signed link's token is the only credential, no login. */
@RestController
@RequestMapping("/api/v1/follow-up")
@Tag(name = "complaints", description = "File, follow and resolve complaints")
class FollowUpApi {

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    record AnswerForm(@Size(max = 20) String answer) {
    }

    @GetMapping("/{token}")
    @Operation(summary = "The question behind a follow-up link (complaint number, category, ward; the answer once given)")
    FollowUpQuestion question(@PathVariable String token) {
        return followUps.question(token);
    }

    @PostMapping("/{token}")
    @Operation(summary = "Answer once: yes, no (re-opens the complaint) or unknown")
    FollowUpQuestion answer(@PathVariable String token, @Valid @RequestBody AnswerForm form) {
        return followUps.answer(token, form.answer());
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes followUpLinks() {
            return new PublicRoutes("/api/v1/follow-up/*");
        }
    }
}
