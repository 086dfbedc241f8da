package bd.gov.cleancare.gallery.web;

import bd.gov.cleancare.gallery.AlbumChanges;
import bd.gov.cleancare.gallery.AlbumDetail;
import bd.gov.cleancare.gallery.AlbumForm;
import bd.gov.cleancare.gallery.Gallery;
import bd.gov.cleancare.gallery.NewPhoto;
import bd.gov.cleancare.gallery.PhotoChanges;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gallery in the staff console: albums (hidden ones of the member's wards too), a new album, one
 * album's form with its cover, photo uploads, publishing and deleting photos, through {@link Gallery}
 * (another ward's album: 403, a hidden one: 404).
 */
@PageController
class StaffGalleryPages {

    private static final int LIST_SIZE = 20;
    private static final Map<String, String> FIELDS = Map.of("ward_number", "ward", "city_corporation", "ward", "cover_photo_id", "coverPhotoId");

    private final Gallery gallery;
    private final Geography geography;
    private final Forms forms;

    StaffGalleryPages(Gallery gallery, Geography geography, Forms forms) {
        this.gallery = gallery;
        this.geography = geography;
        this.forms = forms;
    }

    /** A new album: {@code ward} as "DSCC/12", or "DSCC" for the whole corporation. */
    record NewAlbumForm(String title, String titleEn, String description, String ward, String isPublished) {

        AlbumForm album() {
            var cut = ward == null ? -1 : ward.indexOf('/');
            return new AlbumForm(title, titleEn, description, cut < 0 ? ward : ward.substring(0, cut), cut < 0 ? null : ward.substring(cut + 1),
                    ticked(isPublished));
        }
    }

    record AlbumEditForm(String title, String titleEn, String description, String isPublished, String coverPhotoId) {

        static AlbumEditForm of(AlbumDetail detail) {
            var album = detail.album();
            return new AlbumEditForm(album.title(), album.titleEn(), album.description(), album.isPublished() ? "on" : null,
                    album.coverPhotoId() == null ? null : album.coverPhotoId().toString());
        }

        AlbumChanges changes() {
            return new AlbumChanges(title, titleEn == null ? "" : titleEn, description == null ? "" : description, ticked(isPublished),
                    coverPhotoId == null || coverPhotoId.isBlank() ? null : uuid(coverPhotoId));
        }
    }

    @GetMapping("/staff/gallery")
    String albums(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("albums", gallery.albums(me, null, null, query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "gallery/staff/albums";
    }

    @GetMapping("/staff/gallery/new")
    String newAlbum(Model model) {
        model.addAttribute("form", new NewAlbumForm(null, null, null, null, null));
        return newForm(model);
    }

    @PostMapping("/staff/gallery")
    String create(@AuthenticationPrincipal CurrentUser me, NewAlbumForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, newForm(model), FIELDS, next, "/staff/gallery/", () -> gallery.createAlbum(me, form.album()).album().id());
    }

    @GetMapping("/staff/gallery/{id}")
    String album(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var detail = gallery.editable(me, id);
        model.addAttribute("form", AlbumEditForm.of(detail));
        return show(model, detail);
    }

    @PostMapping("/staff/gallery/{id}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, AlbumEditForm form, Model model, RedirectAttributes next) {
        var view = show(model, gallery.editable(me, id));
        return forms.saved(model, form, view, FIELDS, next, "/staff/gallery/", () -> {
            gallery.editAlbum(me, id, form.changes());
            return id;
        });
    }

    @PostMapping("/staff/gallery/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        gallery.deleteAlbum(me, id);
        next.addFlashAttribute("deleted", true);
        return "redirect:/staff/gallery";
    }

    @PostMapping("/staff/gallery/{id}/photos")
    String upload(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String caption, @RequestParam(required = false) String captionEn,
            @RequestParam(required = false) String publish, RedirectAttributes next) {
        // a refused picture leaves the album as it was: its message goes above the photos
        forms.refusalOf(() -> {
            if (image == null || image.isEmpty()) {
                throw RuleViolated.onField("image", "problem.field.required");
            }
            gallery.addPhoto(me, id, new NewPhoto(bytes(image), caption, captionEn, "general", null, null,
                    Boolean.toString(ticked(publish))));
        }).ifPresentOrElse(refusal -> next.addFlashAttribute("photoRefused", refusal), () -> next.addFlashAttribute("uploaded", true));
        return "redirect:/staff/gallery/" + id + "#photos";
    }

    @PostMapping("/staff/gallery/{id}/photos/{photoId}/visibility")
    String visibility(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID photoId,
            @RequestParam String publish) {
        gallery.editPhoto(me, id, photoId, new PhotoChanges(null, null, "true".equals(publish), null));
        return "redirect:/staff/gallery/" + id + "#photos";
    }

    @PostMapping("/staff/gallery/{id}/photos/{photoId}/delete")
    String deletePhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID photoId) {
        gallery.deletePhoto(me, id, photoId);
        return "redirect:/staff/gallery/" + id + "#photos";
    }

    private String show(Model model, AlbumDetail detail) {
        model.addAttribute("album", detail.album());
        model.addAttribute("photos", detail.photos());
        return "gallery/staff/album";
    }

    private String newForm(Model model) {
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null)));
        model.addAttribute("corporations", corporations);
        model.addAttribute("wardChoices", wards);
        return "gallery/staff/new";
    }

    private static boolean ticked(String box) {
        return box != null && !box.isBlank();
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolated.onField("cover_photo_id", "problem.field.wrong-type");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
