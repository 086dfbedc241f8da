package bd.gov.cleancare.platform.pages;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds {@code #fmt} ({@link LocalFormat}), {@code #web} ({@link PageContext}) and {@code #styles}
 * ({@link PageStyles}, the layout's inline stylesheet) to every template.
 */
final class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final WebPageProperties properties;
    private final PageStyles styles;

    PageDialect(WebPageProperties properties, PageStyles styles) {
        super("cleancare-pages");
        this.properties = properties;
        this.styles = styles;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fmt", "web", "styles");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                if ("styles".equals(name)) {
                    return styles;
                }
                if ("fmt".equals(name)) {
                    return new LocalFormat(context.getLocale());
                }
                if ("web".equals(name) && context instanceof IWebContext web) {
                    var request = web.getExchange().getRequest();
                    return new PageContext(request.getRequestPath(), request.getQueryString(), context.getLocale(), properties);
                }
                return null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
