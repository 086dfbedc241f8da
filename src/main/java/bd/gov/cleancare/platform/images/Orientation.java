package bd.gov.cleancare.platform.images;

import java.awt.image.BufferedImage;

/**
 * The EXIF Orientation tag: how the stored pixels must be turned to look upright. Phones store a portrait photo
 * as the sensor saw it (landscape) and only set this tag, so a viewer that ignores it shows the photo sideways.
 * Each constant names the turn that makes the stored pixels upright.
 */
enum Orientation {
    UPRIGHT(1), FLIP_HORIZONTAL(2), ROTATE_180(3), FLIP_VERTICAL(4),
    TRANSPOSE(5), ROTATE_90_CW(6), TRANSVERSE(7), ROTATE_270_CW(8);

    private final int tag;

    Orientation(int tag) {
        this.tag = tag;
    }

    /** Unknown or missing values mean upright, as the EXIF specification says. */
    static Orientation fromTag(int tag) {
        for (var orientation : values()) {
            if (orientation.tag == tag) {
                return orientation;
            }
        }
        return UPRIGHT;
    }

    boolean swapsSides() {
        return tag >= 5;
    }

    /** The upright image: a new one of the same (INT_RGB or INT_ARGB) type, or the same one when nothing needs turning. */
    BufferedImage applyTo(BufferedImage stored) {
        if (this == UPRIGHT) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        int targetWidth = swapsSides() ? h : w;
        int targetHeight = swapsSides() ? w : h;
        int[] from = stored.getRGB(0, 0, w, h, null, 0, w);
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx = switch (this) {
                    case FLIP_HORIZONTAL, ROTATE_180 -> w - 1 - x;
                    case FLIP_VERTICAL -> x;
                    case TRANSPOSE, ROTATE_270_CW -> y;
                    case ROTATE_90_CW, TRANSVERSE -> h - 1 - y;
                    case UPRIGHT -> x;
                };
                int ty = switch (this) {
                    case FLIP_HORIZONTAL -> y;
                    case ROTATE_180, FLIP_VERTICAL -> h - 1 - y;
                    case TRANSPOSE, ROTATE_90_CW -> x;
                    case TRANSVERSE, ROTATE_270_CW -> w - 1 - x;
                    case UPRIGHT -> y;
                };
                to[ty * targetWidth + tx] = from[y * w + x];
            }
        }
        var upright = new BufferedImage(targetWidth, targetHeight, stored.getType());
        upright.setRGB(0, 0, targetWidth, targetHeight, to, 0, targetWidth);
        return upright;
    }
}
