package bd.gov.cleancare.gallery.web;

import bd.gov.cleancare.gallery.AlbumChanges;
import bd.gov.cleancare.gallery.AlbumDetail;
import bd.gov.cleancare.gallery.AlbumForm;
import bd.gov.cleancare.gallery.AlbumView;
import bd.gov.cleancare.gallery.Gallery;
import bd.gov.cleancare.gallery.NewPhoto;
import bd.gov.cleancare.gallery.PhotoChanges;
import bd.gov.cleancare.gallery.PhotoView;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Uploads;
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
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Albums and photos: viewing is public; changes need the "gallery" permission in the album's ward. */
@RestController
@RequestMapping("/api/v1/gallery/albums")
@Tag(name = "gallery", description = "Albums and photos of city works and events, before/after pictures of resolved complaints")
@SecurityRequirement(name = "bearer")
class GalleryApi {

    private final Gallery gallery;

    GalleryApi(Gallery gallery) {
        this.gallery = gallery;
    }

    record AlbumOrder(@Size(max = 10) String cityCorporation, @Size(max = 10) String wardNumber, List<UUID> albumIds) {
    }

    record PhotoOrder(List<UUID> photoIds) {
    }

    record ComplaintPhotos(UUID complaintId) {
    }

    record Listing<T>(int count, List<T> results) {
    }

    @GetMapping
    @SecurityRequirement(name = "")
    @Operation(summary = "Published albums in their set order (ward staff also see their hidden ones)")
    Page<AlbumView> albums(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String ward,
            @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, gallery.albums(me, cityCorporation, ward != null ? ward : wardNumber, query));
    }

    @GetMapping("/{id}")
    @SecurityRequirement(name = "")
    @Operation(summary = "An album with its published photos in their set order (ward staff also see hidden ones)")
    AlbumDetail album(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return gallery.album(me, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an album (hidden until published); without ward_number it is city-wide (super admins)")
    AlbumDetail create(@AuthenticationPrincipal CurrentUser me, @RequestBody AlbumForm form) {
        return gallery.createAlbum(me, form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit, publish or unpublish an album, or choose its cover; only the fields sent change")
    AlbumDetail edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody AlbumChanges changes) {
        return gallery.editAlbum(me, id, changes);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an album with its photos and their files")
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        gallery.deleteAlbum(me, id);
    }

    @PutMapping("/order")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reorder a ward's albums (or a corporation's city-wide ones): all of their ids, in the new order")
    void orderAlbums(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody AlbumOrder order) {
        gallery.orderAlbums(me, order.cityCorporation(), order.wardNumber(), order.albumIds());
    }

    @PutMapping("/{id}/order")
    @Operation(summary = "Reorder an album's photos: all of their ids, in the new order")
    AlbumDetail orderPhotos(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody PhotoOrder order) {
        return gallery.orderPhotos(me, id, order.photoIds());
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a photo (JPEG/PNG/WebP, 10 MB; stored without EXIF): image, caption, caption_en, "
            + "kind (general/before/after), complaint_id (before/after), taken_at, is_published")
    PhotoView upload(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, MultipartHttpServletRequest request) {
        return gallery.addPhoto(me, id, new NewPhoto(Uploads.read(request, "image"), request.getParameter("caption"),
                request.getParameter("caption_en"), request.getParameter("kind"), request.getParameter("complaint_id"),
                request.getParameter("taken_at"), request.getParameter("is_published")));
    }

    @PostMapping("/{id}/complaint-photos")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a resolved complaint's photos as 'before' pictures (then upload the 'after' one with kind=after)")
    Listing<PhotoView> complaintPhotos(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            @RequestBody ComplaintPhotos form) {
        var added = gallery.addComplaintPhotos(me, id, form.complaintId());
        return new Listing<>(added.size(), added);
    }

    @PutMapping("/{id}/photos/{photoId}")
    @Operation(summary = "Edit a photo's captions or date, publish or unpublish it; only the fields sent change")
    PhotoView editPhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID photoId,
            @RequestBody PhotoChanges changes) {
        return gallery.editPhoto(me, id, photoId, changes);
    }

    @DeleteMapping("/{id}/photos/{photoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a photo and its files")
    void deletePhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID photoId) {
        gallery.deletePhoto(me, id, photoId);
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes galleryAlbums() {
            return new PublicRoutes("GET /api/v1/gallery/albums", "GET /api/v1/gallery/albums/*");
        }
    }
}
