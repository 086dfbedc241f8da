package bd.gov.cleancare.gallery.internal;

import bd.gov.cleancare.gallery.AlbumView;
import bd.gov.cleancare.gallery.PhotoKind;
import bd.gov.cleancare.gallery.PhotoView;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for albums and their photos. */
@Repository
public class GalleryRepository {

    /** Whether the viewer runs the album's ward (then hidden albums and photos count too). */
    private static final String MANAGED = """
            (:everywhere OR a.city_corporation || '/' || a.ward_number = ANY(:scope) OR '*/' || a.ward_number = ANY(:scope))""";

    /** The chosen cover if the viewer may see it, else the first photo they may see. */
    private static final String ALBUM = """
            SELECT a.id, a.title, a.title_en, a.description, a.city_corporation, a.ward_number, a.position, a.is_published,
                   a.published_at, cover.id AS cover_photo_id, cover.image_url AS cover_image_url,
                   cover.thumbnail_url AS cover_thumbnail_url,
                   (SELECT count(*) FROM gallery_photos p WHERE p.album_id = a.id AND (p.is_published OR %1$s)) AS photo_count,
                   a.created_at, a.updated_at
              FROM gallery_albums a
              LEFT JOIN LATERAL (SELECT p.id, p.image_url, p.thumbnail_url FROM gallery_photos p
                                  WHERE p.album_id = a.id AND (p.is_published OR %1$s)
                                  ORDER BY p.id = a.cover_photo_id DESC NULLS LAST, p.position LIMIT 1) cover ON TRUE
             WHERE (a.is_published OR %1$s)""".formatted(MANAGED);

    private static final String PHOTO = """
            SELECT id, album_id, image_url, thumbnail_url, caption, caption_en, position, is_published, kind, complaint_id, width,
                   height, taken_at, created_at, updated_at
              FROM gallery_photos""";

    private final JdbcClient jdbc;

    public GalleryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What access checks need of an album. */
    public record AlbumRow(UUID id, String cityCorporation, String wardNumber, boolean isPublished) {
    }

    public Optional<AlbumRow> album(UUID id) {
        return jdbc.sql("SELECT id, city_corporation, ward_number, is_published FROM gallery_albums WHERE id = :id")
                .param("id", id).query(AlbumRow.class).optional();
    }

    /** Locks the album: its photos' positions are drawn and rewritten one change at a time. */
    public Optional<AlbumRow> lockAlbum(UUID id) {
        return jdbc.sql("SELECT id, city_corporation, ward_number, is_published FROM gallery_albums WHERE id = :id FOR UPDATE")
                .param("id", id).query(AlbumRow.class).optional();
    }

    /** Albums the viewer may see (published, or in the wards they run), in the hand-made order. */
    public Slice<AlbumView> albums(WardScope managed, String cityCorporation, String wardNumber, PageQuery page) {
        var where = new ArrayList<String>();
        var params = scope(managed);
        if (cityCorporation != null) {
            where.add("a.city_corporation = :cc");
            params.put("cc", cityCorporation);
        }
        if (wardNumber != null) {
            where.add("a.ward_number = :ward");
            params.put("ward", wardNumber);
        }
        var condition = where.isEmpty() ? "" : " AND " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM gallery_albums a WHERE (a.is_published OR " + MANAGED + ")" + condition)
                .params(params).query(Long.class).single();
        List<AlbumView> rows = count == 0 ? List.of() : jdbc.sql(ALBUM + condition
                        + " ORDER BY a.position, a.created_at DESC, a.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset()).query(AlbumView.class).list();
        return new Slice<>(count, rows);
    }

    public Optional<AlbumView> view(UUID id, boolean managed) {
        return jdbc.sql(ALBUM + " AND a.id = :id").params(scope(managed ? WardScope.ALL : WardScope.NONE)).param("id", id)
                .query(AlbumView.class).optional();
    }

    /** Serialises changes to one ward's album order (two new albums would otherwise draw the same position). */
    public void lockOrder(String cityCorporation, String wardNumber) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "gallery_albums:" + cityCorporation + "/" + (wardNumber == null ? "*" : wardNumber))
                .query((rs, n) -> 1).single();
    }

    public UUID insertAlbum(String title, String titleEn, String description, String cityCorporation, String wardNumber,
            boolean published, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO gallery_albums (title, title_en, description, city_corporation, ward_number, position, is_published,
                                            published_at, created_by, created_at, updated_at)
                VALUES (:title, :en, :description, :cc, :ward,
                        (SELECT coalesce(max(position), 0) + 1 FROM gallery_albums
                          WHERE city_corporation = :cc AND ward_number IS NOT DISTINCT FROM :ward),
                        :published, CASE WHEN :published THEN CAST(:at AS timestamptz) END, :by, :at, :at)
                RETURNING id""")
                .param("title", title).param("en", titleEn).param("description", description).param("cc", cityCorporation)
                .param("ward", wardNumber).param("published", published).param("by", by).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    /** published_at is when the album last became public. */
    public void updateAlbum(UUID id, String title, String titleEn, String description, boolean published, UUID cover, Instant at) {
        jdbc.sql("""
                UPDATE gallery_albums
                   SET title = :title, title_en = :en, description = :description, cover_photo_id = :cover,
                       published_at = CASE WHEN NOT :published THEN NULL WHEN is_published THEN published_at ELSE CAST(:at AS timestamptz) END,
                       is_published = :published, updated_at = :at
                 WHERE id = :id""")
                .param("id", id).param("title", title).param("en", titleEn).param("description", description)
                .param("published", published).param("cover", cover).param("at", Timestamp.from(at)).update();
    }

    public record AlbumText(String title, String titleEn, String description, boolean isPublished, UUID coverPhotoId) {
    }

    public AlbumText albumText(UUID id) {
        return jdbc.sql("SELECT title, title_en, description, is_published, cover_photo_id FROM gallery_albums WHERE id = :id")
                .param("id", id).query(AlbumText.class).single();
    }

    public void deleteAlbum(UUID id) {
        jdbc.sql("DELETE FROM gallery_albums WHERE id = :id").param("id", id).update();
    }

    public List<UUID> albumIdsIn(String cityCorporation, String wardNumber) {
        return jdbc.sql("SELECT id FROM gallery_albums WHERE city_corporation = :cc AND ward_number IS NOT DISTINCT FROM :ward")
                .param("cc", cityCorporation).param("ward", wardNumber).query(UUID.class).list();
    }

    /** One statement, so the deferrable unique position is checked once all albums have moved. */
    public void orderAlbums(List<UUID> ids) {
        jdbc.sql("""
                UPDATE gallery_albums a SET position = o.n
                  FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS o(id, n)
                 WHERE a.id = o.id""")
                .param("ids", strings(ids)).update();
    }

    public List<PhotoView> photos(UUID albumId, boolean withHidden) {
        return jdbc.sql(PHOTO + " WHERE album_id = :album AND (is_published OR :hidden) ORDER BY position, id")
                .param("album", albumId).param("hidden", withHidden).query(PhotoView.class).list();
    }

    public Optional<PhotoView> photo(UUID albumId, UUID photoId) {
        return jdbc.sql(PHOTO + " WHERE album_id = :album AND id = :id").param("album", albumId).param("id", photoId)
                .query(PhotoView.class).optional();
    }

    public int photoCount(UUID albumId) {
        return jdbc.sql("SELECT count(*) FROM gallery_photos WHERE album_id = :album").param("album", albumId)
                .query(Integer.class).single();
    }

    public boolean hasPhotosOf(UUID albumId, UUID complaintId, PhotoKind kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM gallery_photos WHERE album_id = :album AND complaint_id = :complaint AND kind = :kind)")
                .param("album", albumId).param("complaint", complaintId).param("kind", kind.code()).query(Boolean.class).single();
    }

    /** Appended after the album's last photo; the caller holds the album's lock. */
    public UUID insertPhoto(UUID albumId, GalleryFiles.StoredImage image, String caption, String captionEn, boolean published,
            PhotoKind kind, UUID complaintId, Instant takenAt, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO gallery_photos (album_id, image_url, thumbnail_url, caption, caption_en, position, is_published, kind,
                                            complaint_id, width, height, taken_at, uploaded_by, created_at, updated_at)
                VALUES (:album, :url, :thumb, :caption, :en,
                        (SELECT coalesce(max(position), 0) + 1 FROM gallery_photos WHERE album_id = :album),
                        :published, :kind, :complaint, :width, :height, :taken, :by, :at, :at)
                RETURNING id""")
                .param("album", albumId).param("url", image.imageUrl()).param("thumb", image.thumbnailUrl())
                .param("caption", caption).param("en", captionEn).param("published", published).param("kind", kind.code())
                .param("complaint", complaintId).param("width", image.width()).param("height", image.height())
                .param("taken", takenAt == null ? null : Timestamp.from(takenAt)).param("by", by).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    public void updatePhoto(UUID id, String caption, String captionEn, boolean published, Instant takenAt, Instant at) {
        jdbc.sql("""
                UPDATE gallery_photos SET caption = :caption, caption_en = :en, is_published = :published, taken_at = :taken,
                       updated_at = :at
                 WHERE id = :id""")
                .param("id", id).param("caption", caption).param("en", captionEn).param("published", published)
                .param("taken", takenAt == null ? null : Timestamp.from(takenAt)).param("at", Timestamp.from(at)).update();
    }

    public void deletePhoto(UUID id) {
        jdbc.sql("DELETE FROM gallery_photos WHERE id = :id").param("id", id).update();
    }

    public List<UUID> photoIds(UUID albumId) {
        return jdbc.sql("SELECT id FROM gallery_photos WHERE album_id = :album").param("album", albumId).query(UUID.class).list();
    }

    /** Positions 1…n in the given order, in one statement (see {@link #orderAlbums}). */
    public void orderPhotos(UUID albumId, List<UUID> ids) {
        jdbc.sql("""
                UPDATE gallery_photos p SET position = o.n
                  FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS o(id, n)
                 WHERE p.id = o.id AND p.album_id = :album""")
                .param("album", albumId).param("ids", strings(ids)).update();
    }

    /** Every stored file of an album, to remove once its deletion is committed. */
    public List<String> albumFiles(UUID albumId) {
        return jdbc.sql("SELECT image_url, thumbnail_url FROM gallery_photos WHERE album_id = :album").param("album", albumId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().stream().flatMap(List::stream).toList();
    }

    private static HashMap<String, Object> scope(WardScope managed) {
        var params = new HashMap<String, Object>();
        params.put("everywhere", managed.everywhere());
        params.put("scope", managed.keys().toArray(String[]::new));
        return params;
    }

    private static String[] strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
