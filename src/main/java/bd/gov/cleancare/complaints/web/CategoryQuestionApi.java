package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.CategoryQuestions;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.text.StoredValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Super admins keep each category's extra questions; anyone filing reads a category's questions. */
@RestController
@Tag(name = "category-questions", description = "Extra questions per complaint category")
@SecurityRequirement(name = "bearer")
class CategoryQuestionApi {

    private static final String ADMIN = "/api/v1/admin/category-questions";

    private final CategoryQuestions questions;

    CategoryQuestionApi(CategoryQuestions questions) {
        this.questions = questions;
    }

    record QuestionForm(@Size(max = 50) String category, @Size(max = 100) String code, @Size(max = 20) String kind,
            @Size(max = 1000) String labelBn, @Size(max = 1000) String labelEn, Boolean required, Integer position,
            @Size(max = 50) List<CategoryQuestions.Option> options) {

        CategoryQuestions.QuestionForm form() {
            return new CategoryQuestions.QuestionForm(category, code, kind, labelBn, labelEn, required, position, options);
        }
    }

    record Listing(int count, List<CategoryQuestions.Question> results) {
    }

    @GetMapping("/api/v1/complaints/categories/{category}/questions")
    @SecurityRequirement(name = "")
    @Operation(summary = "A category's questions, to ask while filing (public)")
    Listing ofCategory(@PathVariable String category) {
        var found = questions.of(StoredValue.parse(Category.class, "category", category));
        return new Listing(found.size(), found);
    }

    @GetMapping(ADMIN)
    @Operation(summary = "All questions, or one category's (super admin)")
    Listing list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String category) {
        var found = questions.list(me, category);
        return new Listing(found.size(), found);
    }

    @PostMapping(ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a question: kind text, number, choice or yes_no; a choice option may block filing with a message")
    CategoryQuestions.Question add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody QuestionForm form) {
        return questions.add(me, form.form());
    }

    @GetMapping(ADMIN + "/{id}")
    @Operation(summary = "One question")
    CategoryQuestions.Question get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return questions.get(me, id);
    }

    @PutMapping(ADMIN + "/{id}")
    @Operation(summary = "Change a question (fields sent change; complaints filed keep their answers)")
    CategoryQuestions.Question change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody QuestionForm form) {
        return questions.change(me, id, form.form());
    }

    @PatchMapping(ADMIN + "/{id}")
    @Operation(summary = "Same as PUT")
    CategoryQuestions.Question patch(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody QuestionForm form) {
        return questions.change(me, id, form.form());
    }

    @DeleteMapping(ADMIN + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a question")
    void remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        questions.remove(me, id);
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes categoryQuestionReading() {
            return new PublicRoutes("/api/v1/complaints/categories/*/questions");
        }
    }
}
