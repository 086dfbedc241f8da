package bd.gov.cleancare.gallery;

import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.gallery.internal.GalleryFiles;
import bd.gov.cleancare.gallery.internal.GalleryRepository;
import bd.gov.cleancare.gallery.internal.GalleryRepository.AlbumRow;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's photo gallery (seed apps/gallery): albums of works and events, before/after pictures of
 * resolved complaints, in an order staff set by hand. Anyone may look at what is published; a ward's
 * gallery staff (permission "gallery") also see and change what is not, super admins everywhere.
 * Albums for a whole city corporation (no ward) are the super admins' to run.
 */
@Service
public class Gallery {

    public static final String RESOURCE = "gallery";
    /** Reordering sends all of an album's photos at once and the album page shows them all: an album stays this small. */
    static final int MAX_PHOTOS = 200;

    private final GalleryRepository gallery;
    private final GalleryFiles files;
    private final Complaints complaints;
    private final Geography geography;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    Gallery(GalleryRepository gallery, GalleryFiles files, Complaints complaints, Geography geography, WardScopes scopes,
            AuditTrail audit, Clock clock) {
        this.gallery = gallery;
        this.files = files;
        this.complaints = complaints;
        this.geography = geography;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published albums, and for staff also the hidden ones of the wards they run; {@code me} is null for a visitor. */
    @Transactional(readOnly = true)
    public Slice<AlbumView> albums(CurrentUser me, String cityCorporation, String wardNumber, PageQuery page) {
        var place = place(cityCorporation, wardNumber);
        return gallery.albums(scope(me, Action.READ), place == null ? null : place.cityCorporation(),
                place == null ? null : place.wardNumber(), page);
    }

    /** An album with its photos; a hidden one is "not found" for whoever may not see it. */
    @Transactional
    public AlbumDetail album(CurrentUser me, UUID id) {
        var album = gallery.album(id).orElseThrow(() -> new NotFound("gallery.album.not-found"));
        boolean managed = scope(me, Action.READ).includes(album.cityCorporation(), album.wardNumber());
        if (!album.isPublished() && !managed) {
            throw new NotFound("gallery.album.not-found");
        }
        return detail(id, managed);
    }

    /** The album with all its photos for its edit page: only to staff who may change it (others: 403, hidden: 404). */
    @Transactional
    public AlbumDetail editable(CurrentUser me, UUID id) {
        managed(me, id, Action.UPDATE);
        return detail(id, true);
    }

    @Transactional
    public AlbumDetail createAlbum(CurrentUser me, AlbumForm form) {
        var place = place(form.cityCorporation(), form.wardNumber());
        if (place == null) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.required");
        }
        if (!scope(me, Action.CREATE).includes(place.cityCorporation(), place.wardNumber())) {
            throw new Forbidden("problem.forbidden");
        }
        var title = text("title", form.title(), 200);
        gallery.lockOrder(place.cityCorporation(), place.wardNumber());
        var id = gallery.insertAlbum(title, optional("title_en", form.titleEn(), 200), optional("description", form.description(), 5000),
                place.cityCorporation(), place.wardNumber(), Boolean.TRUE.equals(form.isPublished()), me.id(), clock.instant());
        audit.record(me, "gallery.album_created", "gallery_album", id, Map.of("title", title, "ward", ward(place)));
        return detail(id, true);
    }

    @Transactional
    public AlbumDetail editAlbum(CurrentUser me, UUID id, AlbumChanges changes) {
        managed(me, id, Action.UPDATE);
        var current = gallery.albumText(id);
        if (changes.coverPhotoId() != null && gallery.photo(id, changes.coverPhotoId()).isEmpty()) {
            throw RuleViolated.onField("cover_photo_id", "gallery.cover.not-in-album");
        }
        var published = changes.isPublished() == null ? current.isPublished() : changes.isPublished();
        gallery.updateAlbum(id,
                changes.title() == null ? current.title() : text("title", changes.title(), 200),
                changes.titleEn() == null ? current.titleEn() : optional("title_en", changes.titleEn(), 200),
                changes.description() == null ? current.description() : optional("description", changes.description(), 5000),
                published, changes.coverPhotoId() == null ? current.coverPhotoId() : changes.coverPhotoId(), clock.instant());
        audit.record(me, "gallery.album_updated", "gallery_album", id, Map.of("is_published", published));
        return detail(id, true);
    }

    /** The album goes with its photos; their files once the deletion is committed. */
    @Transactional
    public void deleteAlbum(CurrentUser me, UUID id) {
        managed(me, id, Action.DELETE);
        var stored = gallery.albumFiles(id);
        gallery.deleteAlbum(id);
        audit.record(me, "gallery.album_deleted", "gallery_album", id, Map.of("photos", stored.size() / 2));
        files.deleteAfterCommit(stored);
    }

    /** A ward's albums (or a corporation's city-wide ones) in a new order: every one of them, each once. */
    @Transactional
    public void orderAlbums(CurrentUser me, String cityCorporation, String wardNumber, List<UUID> albumIds) {
        var place = place(cityCorporation, wardNumber);
        if (place == null) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.required");
        }
        if (!scope(me, Action.UPDATE).includes(place.cityCorporation(), place.wardNumber())) {
            throw new Forbidden("problem.forbidden");
        }
        gallery.lockOrder(place.cityCorporation(), place.wardNumber());
        requireSameItems("album_ids", albumIds, gallery.albumIdsIn(place.cityCorporation(), place.wardNumber()));
        gallery.orderAlbums(albumIds);
        audit.record(me, "gallery.albums_ordered", "gallery_album", null, Map.of("ward", ward(place), "album_ids", strings(albumIds)));
    }

    @Transactional
    public PhotoView addPhoto(CurrentUser me, UUID albumId, NewPhoto upload) {
        var album = managed(me, albumId, Action.CREATE);
        files.check(upload.content());
        var kind = PhotoKind.parse("kind", upload.kind());
        var complaintId = uuid("complaint_id", upload.complaintId());
        if (kind == PhotoKind.GENERAL && complaintId != null) {
            throw RuleViolated.onField("complaint_id", "gallery.complaint.only-before-after");
        }
        if (kind != PhotoKind.GENERAL && complaintId == null) {
            throw RuleViolated.onField("complaint_id", "gallery.complaint.required");
        }
        if (complaintId != null) {
            resolvedComplaint(me, album, complaintId);
        }
        var caption = optional("caption", upload.caption(), 500);
        var captionEn = optional("caption_en", upload.captionEn(), 500);
        var takenAt = instant("taken_at", upload.takenAt());
        var published = bool("is_published", upload.isPublished(), true);
        requireRoom(albumId, 1);
        var stored = files.store(albumId, upload.content());
        var id = gallery.insertPhoto(albumId, stored, caption, captionEn, published, kind, complaintId, takenAt, me.id(), clock.instant());
        var details = new LinkedHashMap<String, Object>();
        details.put("kind", kind.code());
        details.put("complaint_id", complaintId == null ? null : complaintId.toString());
        audit.record(me, "gallery.photo_added", "gallery_photo", id, details);
        return gallery.photo(albumId, id).orElseThrow();
    }

    /**
     * The "before" side of a before/after pair: copies of a resolved complaint's photos, without its
     * title, description or anyone's name. The "after" picture is then uploaded with kind=after.
     */
    @Transactional
    public List<PhotoView> addComplaintPhotos(CurrentUser me, UUID albumId, UUID complaintId) {
        var album = managed(me, albumId, Action.CREATE);
        if (complaintId == null) {
            throw RuleViolated.onField("complaint_id", "problem.field.required");
        }
        var work = resolvedComplaint(me, album, complaintId);
        if (gallery.hasPhotosOf(albumId, complaintId, PhotoKind.BEFORE)) {
            throw new Conflict("gallery.complaint.already-added");
        }
        var originals = work.imageUrls().stream().map(files::read).flatMap(Optional::stream).toList();
        if (originals.isEmpty()) {
            throw new Conflict("gallery.complaint.no-photos");
        }
        requireRoom(albumId, originals.size());
        var added = new ArrayList<PhotoView>();
        for (var original : originals) {
            var stored = files.store(albumId, original);
            var id = gallery.insertPhoto(albumId, stored, null, null, true, PhotoKind.BEFORE, complaintId, null, me.id(), clock.instant());
            added.add(gallery.photo(albumId, id).orElseThrow());
        }
        audit.record(me, "gallery.complaint_photos_added", "gallery_album", albumId,
                Map.of("complaint_id", complaintId.toString(), "photos", added.size()));
        return added;
    }

    @Transactional
    public PhotoView editPhoto(CurrentUser me, UUID albumId, UUID photoId, PhotoChanges changes) {
        managed(me, albumId, Action.UPDATE);
        var photo = gallery.photo(albumId, photoId).orElseThrow(() -> new NotFound("gallery.photo.not-found"));
        var published = changes.isPublished() == null ? photo.isPublished() : changes.isPublished();
        gallery.updatePhoto(photoId,
                changes.caption() == null ? photo.caption() : optional("caption", changes.caption(), 500),
                changes.captionEn() == null ? photo.captionEn() : optional("caption_en", changes.captionEn(), 500),
                published, changes.takenAt() == null ? photo.takenAt() : instant("taken_at", changes.takenAt()), clock.instant());
        audit.record(me, "gallery.photo_updated", "gallery_photo", photoId, Map.of("is_published", published));
        return gallery.photo(albumId, photoId).orElseThrow();
    }

    @Transactional
    public void deletePhoto(CurrentUser me, UUID albumId, UUID photoId) {
        managed(me, albumId, Action.DELETE);
        var photo = gallery.photo(albumId, photoId).orElseThrow(() -> new NotFound("gallery.photo.not-found"));
        gallery.deletePhoto(photoId);
        audit.record(me, "gallery.photo_deleted", "gallery_photo", photoId, Map.of("album_id", albumId.toString()));
        files.deleteAfterCommit(List.of(photo.imageUrl(), photo.thumbnailUrl()));
    }

    /** The album's photos in a new order: every one of them, each once. */
    @Transactional
    public AlbumDetail orderPhotos(CurrentUser me, UUID albumId, List<UUID> photoIds) {
        managed(me, albumId, Action.UPDATE);
        requireSameItems("photo_ids", photoIds, gallery.photoIds(albumId));
        gallery.orderPhotos(albumId, photoIds);
        audit.record(me, "gallery.photos_ordered", "gallery_album", albumId, Map.of("photo_ids", strings(photoIds)));
        return detail(albumId, true);
    }

    /**
     * The album, locked, if the caller may do this to it. Whoever may not even see a hidden album
     * gets "not found", so its existence stays unknown; whoever sees it but may not act, "forbidden".
     */
    private AlbumRow managed(CurrentUser me, UUID id, Action action) {
        var album = gallery.lockAlbum(id).orElseThrow(() -> new NotFound("gallery.album.not-found"));
        if (!album.isPublished() && !scope(me, Action.READ).includes(album.cityCorporation(), album.wardNumber())) {
            throw new NotFound("gallery.album.not-found");
        }
        if (!scope(me, action).includes(album.cityCorporation(), album.wardNumber())) {
            throw new Forbidden("problem.forbidden");
        }
        return album;
    }

    /** A resolved complaint of the album's ward (of its corporation for a city-wide album) in a ward the caller runs. */
    private Complaints.WorkPhotos resolvedComplaint(CurrentUser me, AlbumRow album, UUID complaintId) {
        var work = complaints.workPhotos(complaintId)
                .filter(w -> scope(me, Action.CREATE).includes(w.cityCorporation(), w.wardNumber()))
                .orElseThrow(() -> RuleViolated.onField("complaint_id", "gallery.complaint.not-found"));
        if (!Objects.equals(work.cityCorporation(), album.cityCorporation())
                || (album.wardNumber() != null && !album.wardNumber().equals(work.wardNumber()))) {
            throw RuleViolated.onField("complaint_id", "gallery.complaint.other-ward");
        }
        if (work.status() != Status.RESOLVED) {
            throw new Conflict("gallery.complaint.not-resolved");
        }
        return work;
    }

    private AlbumDetail detail(UUID id, boolean managed) {
        return new AlbumDetail(gallery.view(id, managed).orElseThrow(), gallery.photos(id, managed));
    }

    private void requireRoom(UUID albumId, int adding) {
        if (gallery.photoCount(albumId) + adding > MAX_PHOTOS) {
            throw RuleViolated.onField("image", "gallery.photos.too-many", MAX_PHOTOS);
        }
    }

    private WardScope scope(CurrentUser me, Action action) {
        return me == null ? WardScope.NONE : scopes.of(me, RESOURCE, action);
    }

    /** A ward, or a whole corporation when no ward is given; null when neither is. */
    private WardRef place(String cityCorporation, String wardNumber) {
        if (WardRef.wardNumber(wardNumber) != null) {
            return geography.requireWardOrDefault(cityCorporation, wardNumber);
        }
        var code = WardRef.corporationCode(cityCorporation);
        if (code == null) {
            return null;
        }
        if (geography.cityCorporations().stream().noneMatch(corporation -> corporation.code().equals(code))) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.unknown", code);
        }
        return new WardRef(code, null);
    }

    private static String ward(WardRef place) {
        return WardScope.key(place.cityCorporation(), place.wardNumber() == null ? "*" : place.wardNumber());
    }

    private static void requireSameItems(String field, List<UUID> wanted, List<UUID> current) {
        if (wanted == null || wanted.size() != current.size() || !new HashSet<>(wanted).equals(new HashSet<>(current))) {
            throw RuleViolated.onField(field, "gallery.order.mismatch");
        }
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static String text(String field, String raw, int max) {
        var value = optional(field, raw, max);
        if (value == null) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        return value;
    }

    /** Stripped, null when blank. */
    private static String optional(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var value = raw.strip();
        if (value.codePointCount(0, value.length()) > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value;
    }

    private static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }

    private static boolean bool(String field, String raw, boolean otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "on" -> true;
            case "false", "0", "off" -> false;
            default -> throw RuleViolated.onField(field, "validation.boolean");
        };
    }

    /** A date (the start of that day in Dhaka) or a full ISO timestamp; null when blank. */
    private static Instant instant(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var text = Digits.toAscii(raw.strip());
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ClockConfig.DHAKA).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField(field, "validation.datetime");
        }
    }
}
