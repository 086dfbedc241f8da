package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.errors.Message;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The HTML error page (templates/error.html): the status and a message in the page's language, never a stack trace. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static ModelAndView of(HttpStatus status, Message message) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message.key());
        page.addObject("messageArgs", message.args());
        return page;
    }
}
