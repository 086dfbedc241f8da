package bd.gov.cleancare.notices;

import java.util.List;
import java.util.UUID;

/** How many of the targeted citizens have opened a notice, per ward the caller may see. */
public record NoticeReadership(UUID noticeId, long citizens, long readers, double readRate, List<Ward> wards) {

    public record Ward(String cityCorporation, String wardNumber, long citizens, long readers, double readRate) {
    }
}
