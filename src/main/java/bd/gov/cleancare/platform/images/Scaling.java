package bd.gov.cleancare.platform.images;

import java.awt.AlphaComposite;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Shrinks images to a size limit, keeping the aspect ratio and never enlarging. Each new pixel is the average of
 * the source area it covers (weighted by how much of each source pixel falls inside), so fine patterns such as
 * fences, brickwork and drain grates fade to their average colour instead of turning into moiré, as they would
 * with bilinear or bicubic sampling at large ratios.
 */
final class Scaling {

    private Scaling() {
    }

    /**
     * A new INT_RGB image (INT_ARGB when the source has an alpha channel) whose longer side is at most
     * {@code longestSide}; an image already small enough is copied unscaled.
     */
    static BufferedImage fitWithin(BufferedImage source, int longestSide) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        double scale = Math.min(1.0, (double) longestSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        return scale == 1.0 ? copied(source, type) : areaAveraged(source, width, height, type);
    }

    private static BufferedImage copied(BufferedImage source, int type) {
        var copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
        var graphics = copy.createGraphics();
        try {
            graphics.drawImage(source, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }

    /** Row by row, so a large source is never copied whole; colours are averaged premultiplied by their alpha. */
    private static BufferedImage areaAveraged(BufferedImage source, int width, int height, int type) {
        var columns = Coverage.of(source.getWidth(), width);
        var rows = Coverage.of(source.getHeight(), height);
        var sourceRows = new SourceRows(source);
        var target = new BufferedImage(width, height, type);
        float[] narrowedRow = new float[width * 4];
        float[] targetArgb = new float[width * 4];
        int[] targetRow = new int[width];
        for (int y = 0; y < height; y++) {
            Arrays.fill(targetArgb, 0f);
            for (int i = 0; i < rows.weights[y].length; i++) {
                int row = rows.first[y] + i;
                narrow(sourceRows.pixels(row), sourceRows.offset(row), columns, narrowedRow);
                float weight = rows.weights[y][i];
                for (int c = 0; c < targetArgb.length; c++) {
                    targetArgb[c] += narrowedRow[c] * weight;
                }
            }
            for (int x = 0; x < width; x++) {
                targetRow[x] = packed(targetArgb, x * 4);
            }
            target.setRGB(0, y, width, 1, targetRow, 0, width);
        }
        return target;
    }

    /** One source row averaged down to the target width, as premultiplied alpha, red, green, blue (0–255). */
    private static void narrow(int[] pixels, int rowStart, Coverage columns, float[] narrowed) {
        for (int x = 0; x < columns.first.length; x++) {
            float alpha = 0;
            float red = 0;
            float green = 0;
            float blue = 0;
            for (int i = 0; i < columns.weights[x].length; i++) {
                int pixel = pixels[rowStart + columns.first[x] + i];
                float opacity = (pixel >>> 24) / 255f * columns.weights[x][i];
                alpha += opacity;
                red += ((pixel >> 16) & 0xFF) * opacity;
                green += ((pixel >> 8) & 0xFF) * opacity;
                blue += (pixel & 0xFF) * opacity;
            }
            narrowed[x * 4] = alpha;
            narrowed[x * 4 + 1] = red;
            narrowed[x * 4 + 2] = green;
            narrowed[x * 4 + 3] = blue;
        }
    }

    private static int packed(float[] argb, int at) {
        float alpha = argb[at];
        if (alpha <= 0f) {
            return 0;
        }
        return channel(alpha * 255f) << 24 | channel(argb[at + 1] / alpha) << 16
                | channel(argb[at + 2] / alpha) << 8 | channel(argb[at + 3] / alpha);
    }

    private static int channel(float value) {
        return Math.min(255, Math.max(0, Math.round(value)));
    }

    /**
     * The source's rows as ARGB ints, converted a strip at a time by Java2D: far faster than getRGB on the
     * decoders' byte layouts, without a second full-size copy of a photo that may have 50 million pixels.
     */
    private static final class SourceRows {
        private static final int STRIP_HEIGHT = 64;

        private final BufferedImage source;
        private final BufferedImage strip;
        private final int[] pixels;
        private int stripStart = -1;

        SourceRows(BufferedImage source) {
            this.source = source;
            this.strip = new BufferedImage(source.getWidth(), STRIP_HEIGHT, BufferedImage.TYPE_INT_ARGB);
            this.pixels = ((DataBufferInt) strip.getRaster().getDataBuffer()).getData();
        }

        int[] pixels(int row) {
            if (stripStart < 0 || row < stripStart || row >= stripStart + STRIP_HEIGHT) {
                load(row);
            }
            return pixels;
        }

        int offset(int row) {
            return (row - stripStart) * source.getWidth();
        }

        private void load(int firstRow) {
            int rows = Math.min(STRIP_HEIGHT, source.getHeight() - firstRow);
            var graphics = strip.createGraphics();
            try {
                graphics.setComposite(AlphaComposite.Src);
                graphics.drawImage(source.getSubimage(0, firstRow, source.getWidth(), rows), 0, 0, null);
            } finally {
                graphics.dispose();
            }
            stripStart = firstRow;
        }
    }

    /** For each target position along one axis: the first source position under it and each one's share of it. */
    private record Coverage(int[] first, float[][] weights) {

        static Coverage of(int sourceLength, int targetLength) {
            double scale = (double) sourceLength / targetLength;
            int[] first = new int[targetLength];
            float[][] weights = new float[targetLength][];
            for (int t = 0; t < targetLength; t++) {
                double start = t * scale;
                double end = Math.min(sourceLength, (t + 1) * scale);
                first[t] = (int) start;
                int last = Math.min(sourceLength, (int) Math.ceil(end));
                weights[t] = new float[Math.max(1, last - first[t])];
                for (int s = first[t]; s < first[t] + weights[t].length; s++) {
                    weights[t][s - first[t]] = (float) ((Math.min(end, s + 1) - Math.max(start, s)) / scale);
                }
            }
            return new Coverage(first, weights);
        }
    }
}
