package bd.gov.cleancare.platform.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cleancare.web: {@code secure-cookies} marks the session and language cookies Secure (HTTPS only;
 * on in production); {@code map-tile-url} is Leaflet's tile template, whose host the CSP allows for images.
 */
@ConfigurationProperties("cleancare.web")
public record WebPageProperties(
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String mapTileUrl,
        @DefaultValue("© OpenStreetMap contributors") String mapAttribution) {
}
