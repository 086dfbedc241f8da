package bd.gov.cleancare.gallery.web;

import bd.gov.cleancare.gallery.Gallery;
import bd.gov.cleancare.gallery.PhotoView;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The published albums and their photos as thumbnails that load lazily and keep their place (width and height given). */
@PageController
class GalleryPages {

    private static final int LIST_SIZE = 12;
    /** The stored thumbnails' longest side (platform.images). */
    private static final int THUMBNAIL = 320;

    private final Gallery gallery;

    GalleryPages(Gallery gallery) {
        this.gallery = gallery;
    }

    /** A photo with the size of its thumbnail, for the img's width and height. */
    record Tile(PhotoView photo, int width, int height) {

        static Tile of(PhotoView photo) {
            if (photo.width() == null || photo.height() == null || photo.width() <= 0 || photo.height() <= 0) {
                return new Tile(photo, THUMBNAIL, THUMBNAIL * 3 / 4);
            }
            double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(photo.width(), photo.height()));
            return new Tile(photo, (int) Math.round(photo.width() * scale), (int) Math.round(photo.height() * scale));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicGalleryPages() {
            return new PublicPages("/gallery", "/gallery/*");
        }
    }

    @GetMapping("/gallery")
    String albums(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("albums", gallery.albums(me, null, null, query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "gallery/albums";
    }

    @GetMapping("/gallery/{id}")
    String album(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var album = gallery.album(me, id);
        model.addAttribute("album", album.album());
        model.addAttribute("tiles", album.photos().stream().filter(PhotoView::isPublished).map(Tile::of).toList());
        return "gallery/album";
    }
}
