package bd.gov.cleancare.complaints.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for complaint_reopens: every "not fixed", with the ward it was in. */
@Repository
public class ReopenRepository {

    private final JdbcClient jdbc;

    public ReopenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ComplaintRow complaint, UUID by, String via, String comment, String imageUrl, Instant at) {
        jdbc.sql("""
                INSERT INTO complaint_reopens (complaint_id, reopened_by, via, comment, image_url, city_corporation, ward_number,
                                               resolved_at, reopened_at)
                VALUES (:complaint, :by, :via, :comment, :image, :cc, :ward, :resolved, :at)""")
                .param("complaint", complaint.id()).param("by", by).param("via", via).param("comment", comment)
                .param("image", imageUrl).param("cc", complaint.cityCorporation()).param("ward", complaint.wardNumber())
                .param("resolved", Timestamp.from(complaint.resolvedAt())).param("at", Timestamp.from(at))
                .update();
    }
}
