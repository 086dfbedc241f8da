package bd.gov.cleancare.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The read model counts resolution times in 24 log-spaced buckets (SQL function resolution_bucket).
 * A median over many complaints is estimated from them by linear interpolation inside its bucket.
 */
public final class ResolutionBuckets {

    /** Lower bounds in hours of buckets 1..24; the last is open-ended. */
    static final double[] LOWER = {0, 1, 2, 3, 4, 6, 8, 12, 18, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720, 1080, 1440, 2160, 4320};

    private ResolutionBuckets() {
    }

    /** SQL selecting the 24 bucket sums of {@code column} as columns b1..b24. */
    public static String sums(String column) {
        var sql = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            sql.append(i == 1 ? "" : ", ").append("sum(").append(column).append('[').append(i).append("]) AS b").append(i);
        }
        return sql.toString();
    }

    public static BigDecimal median(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return null;
        }
        double target = total / 2.0;
        long before = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && before + counts[i] >= target) {
                double lower = LOWER[i];
                double upper = i + 1 < LOWER.length ? LOWER[i + 1] : LOWER[i] * 1.5;
                double hours = lower + (target - before) / counts[i] * (upper - lower);
                return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP);
            }
            before += counts[i];
        }
        return null;
    }
}
