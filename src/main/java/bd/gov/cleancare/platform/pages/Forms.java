package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.errors.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posts a form to its use case: success answers with the action's redirect (post/redirect/get); a
 * refusal by the service (its own validation, the one rule set the API uses too) shows the same form
 * again with what was typed and the messages next to their fields, with the refusal's status.
 */
@Component
public class Forms {

    private final MessageSource messages;

    public Forms(MessageSource messages) {
        this.messages = messages;
    }

    /** The service's field names (snake_case) map to the form's (camelCase) unless {@code aliases} say otherwise. */
    public String submit(Model model, Object form, String formView, Map<String, String> aliases, Supplier<String> action) {
        try {
            return action.get();
        } catch (ProblemException refusal) {
            if (refusal.status().is5xxServerError()) {
                throw refusal;
            }
            model.addAttribute("form", form);
            model.addAttribute("errors", errorsOf(refusal, aliases, LocaleContextHolder.getLocale()));
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current && current.getResponse() != null) {
                current.getResponse().setStatus(refusal.status().value());
            }
            return formView;
        }
    }

    public String submit(Model model, Object form, String formView, Supplier<String> action) {
        return submit(model, form, formView, Map.of(), action);
    }

    /** Staff edit pages all answer a save alike, so it is said once: {@code pagePrefix} + the id {@code save} returns, with "saved" flashed. */
    public String saved(Model model, Object form, String formView, Map<String, String> aliases, RedirectAttributes next, String pagePrefix, Supplier<?> save) {
        return submit(model, form, formView, aliases, () -> {
            var id = save.get();
            next.addFlashAttribute("saved", true);
            return "redirect:" + pagePrefix + id;
        });
    }

    /** For a step that may be refused after the main one succeeded: the refusal's message, if any. */
    public Optional<String> refusalOf(Runnable step) {
        try {
            step.run();
            return Optional.empty();
        } catch (ProblemException refusal) {
            if (refusal.status().is5xxServerError()) {
                throw refusal;
            }
            var locale = LocaleContextHolder.getLocale();
            var fieldMessage = refusal.fieldErrors().values().stream().flatMap(List::stream).findFirst();
            return Optional.of(text(fieldMessage.orElse(refusal.detail()), locale));
        }
    }

    private FormErrors errorsOf(ProblemException refusal, Map<String, String> aliases, Locale locale) {
        var fields = new LinkedHashMap<String, List<String>>();
        refusal.fieldErrors().forEach((field, list) -> {
            var name = aliases.getOrDefault(field, camel(field));
            list.forEach(message -> fields.computeIfAbsent(name, f -> new ArrayList<>()).add(text(message, locale)));
        });
        return new FormErrors(text(refusal.detail(), locale), fields);
    }

    private String text(Message message, Locale locale) {
        return messages.getMessage(message.key(), message.args(), message.key(), locale);
    }

    static String camel(String snake) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
