package bd.gov.cleancare.platform.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;

/**
 * A controller answering with HTML pages (Thymeleaf views), as opposed to the API's JSON controllers.
 * Only in a web application: the command-line tools (createsuperuser) start without the page plumbing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
