package bd.gov.cleancare.web;

import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal as an installable app (PWA): its manifest (Bengali name, icons), its service worker at
 * the root (so its scope is the whole site; it lists the shell's versioned asset URLs, and a new
 * deployment gives it a new version, which replaces the old caches) and the page shown offline.
 */
@PageController
class AppShell {

    /** What the service worker keeps for offline use; the CSS is inside every page (PageStyles). */
    private static final List<String> SHELL = List.of("/js/pwa.js", "/js/queue.js", "/vendor/htmx/2.0.11/htmx.min.js",
            "/vendor/noto-sans-bengali/5.3.0/noto-sans-bengali-bengali-400-normal.woff2", "/icons/icon-192.png");

    private final ResourceUrlProvider urls;
    private final MessageSource texts;
    private final JsonMapper json;
    private volatile String worker;

    AppShell(ResourceUrlProvider urls, MessageSource texts, JsonMapper json) {
        this.urls = urls;
        this.texts = texts;
        this.json = json;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages appShellPages() {
            return new PublicPages("/manifest.webmanifest", "/sw.js", "/offline", "/icons/**");
        }
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<String> manifest() {
        var bengali = Locale.forLanguageTag("bn");
        var name = texts.getMessage("page.brand", null, bengali);
        var manifest = new java.util.LinkedHashMap<String, Object>();
        manifest.put("name", name);
        manifest.put("short_name", texts.getMessage("pwa.short-name", null, bengali));
        manifest.put("description", texts.getMessage("pwa.description", null, bengali));
        manifest.put("lang", "bn");
        manifest.put("dir", "ltr");
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#0a6332");
        manifest.put("icons", List.of(
                Map.of("src", "/icons/icon-192.png", "sizes", "192x192", "type", "image/png", "purpose", "any maskable"),
                Map.of("src", "/icons/icon-512.png", "sizes", "512x512", "type", "image/png", "purpose", "any maskable")));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/manifest+json"))
                .cacheControl(CacheControl.noCache()).body(json.writeValueAsString(manifest));
    }

    /** Checked by the browser on every visit (no-cache), so a new version installs at once. */
    @GetMapping("/sw.js")
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).header("Service-Worker-Allowed", "/").body(worker());
    }

    @GetMapping("/offline")
    String offline() {
        return "web/offline";
    }

    private String worker() {
        if (worker == null) {
            var shell = new java.util.ArrayList<String>();
            shell.add("/offline");
            SHELL.forEach(path -> shell.add(java.util.Objects.requireNonNullElse(urls.getForLookupPath(path), path)));
            var script = source().replace("__SHELL__", json.writeValueAsString(shell));
            worker = script.replace("__VERSION__", version(script));
        }
        return worker;
    }

    private static String source() {
        try (var in = new ClassPathResource("pwa/sw.js").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
