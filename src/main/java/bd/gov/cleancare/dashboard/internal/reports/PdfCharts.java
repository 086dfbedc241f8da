package bd.gov.cleancare.dashboard.internal.reports;

import bd.gov.cleancare.platform.pdf.PdfFonts;
import bd.gov.cleancare.platform.pdf.BengaliFormat;

import bd.gov.cleancare.platform.pdf.PdfFonts.Weight;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.CategoryRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.DailyRow;
import bd.gov.cleancare.platform.text.Digits;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Charts drawn with Java2D into PDF templates. Text goes through {@code createGraphicsShapes}, so Java2D shapes the
 * Bengali labels and they land in the PDF as outlines (correct, but not searchable: the tables carry the numbers).
 */
final class PdfCharts {

    static final Color RECEIVED = new Color(0x1F, 0x6F, 0xB2);
    static final Color RESOLVED = new Color(0x00, 0x6A, 0x4E);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    /** More bars than this would not fit a page legibly; the table below the chart lists every category. */
    static final int MAX_CATEGORY_BARS = 15;

    static final float DAILY_HEIGHT = 220f;
    /** About two points per millimetre of plot width: more would draw a solid band. */
    private static final int MAX_DAILY_POINTS = 180;
    private static final float BAR_ROW = 30f;
    private static final float BAR_TOP = 34f;
    private static final float BAR_BOTTOM = 24f;

    private final PdfFonts fonts;

    PdfCharts(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Horizontal paired bars (received, resolved) per category, the busiest first. */
    Image categoryBars(PdfContentByte canvas, List<CategoryRow> categories, float width) {
        var shown = categories.stream().sorted(Comparator.comparingLong(CategoryRow::received).reversed())
                .limit(MAX_CATEGORY_BARS).toList();
        float height = categoryBarsHeight(shown.size());
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphicsShapes(width, height);
        try {
            legend(g, 0f, 14f);
            float top = BAR_TOP;
            float labelWidth = 150f;
            float plotLeft = labelWidth + 8f;
            float plotRight = width - 50f;
            long max = shown.stream().mapToLong(c -> Math.max(c.received(), c.resolved())).max().orElse(0);
            var axis = Axis.upTo(max);
            float plotBottom = top + shown.size() * BAR_ROW;
            for (long tick = 0; tick <= axis.max(); tick += axis.step()) {
                float x = plotLeft + (plotRight - plotLeft) * tick / axis.max();
                g.setColor(GRID);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Line2D.Float(x, top - 4f, x, plotBottom));
                text(g, BengaliFormat.count(tick), x, plotBottom + 13f, 7.5f, Weight.REGULAR, MUTED, Align.CENTER);
            }
            for (int i = 0; i < shown.size(); i++) {
                var row = shown.get(i);
                float y = top + i * BAR_ROW;
                text(g, fit(g, row.categoryBn(), labelWidth, 9f), labelWidth, y + 17f, 9f, Weight.REGULAR, INK, Align.RIGHT);
                bar(g, plotLeft, y + 4f, (plotRight - plotLeft) * row.received() / axis.max(), 10f, RECEIVED, row.received());
                bar(g, plotLeft, y + 15f, (plotRight - plotLeft) * row.resolved() / axis.max(), 10f, RESOLVED, row.resolved());
            }
        } finally {
            g.dispose();
        }
        return image(template);
    }

    static float categoryBarsHeight(int categories) {
        return BAR_TOP + Math.min(categories, MAX_CATEGORY_BARS) * BAR_ROW + BAR_BOTTOM;
    }

    /**
     * Received and resolved per day as two lines. A long series is drawn as averages over equal runs of days, so the
     * lines stay readable; the legend then says how many days each point stands for.
     */
    Image dailyLines(PdfContentByte canvas, List<DailyRow> daily, float width) {
        var days = daily.stream().filter(d -> d.day() != null).sorted(Comparator.comparing(DailyRow::day)).toList();
        LocalDate first = days.getFirst().day();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, days.getLast().day()));
        int daysPerPoint = (int) Math.ceil((span + 1) / (double) MAX_DAILY_POINTS);
        var points = points(days, first, daysPerPoint);
        float height = DAILY_HEIGHT;
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphicsShapes(width, height);
        try {
            float legendEnd = legend(g, 0f, 14f);
            if (daysPerPoint > 1) {
                text(g, "প্রতিটি বিন্দু " + BengaliFormat.count(daysPerPoint) + " দিনের গড়", legendEnd + 16f, 14f, 8.5f,
                        Weight.REGULAR, MUTED, Align.LEFT);
            }
            float left = 48f;
            float right = width - 8f;
            float top = 30f;
            float bottom = height - 28f;
            double max = points.stream().mapToDouble(p -> Math.max(p.received(), p.resolved())).max().orElse(0);
            var axis = Axis.upTo((long) Math.ceil(max));
            for (long tick = 0; tick <= axis.max(); tick += axis.step()) {
                float y = bottom - (bottom - top) * tick / axis.max();
                g.setColor(GRID);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Line2D.Float(left, y, right, y));
                text(g, BengaliFormat.count(tick), left - 5f, y + 3f, 7.5f, Weight.REGULAR, MUTED, Align.RIGHT);
            }
            long labelStep = Math.max(1, (long) Math.ceil(span / 7.0));
            for (long offset = 0; offset <= span; offset += labelStep) {
                float x = left + (right - left) * offset / span;
                LocalDate day = first.plusDays(offset);
                String label = span > 366 ? BengaliFormat.shortDate(day) + " " + Digits.toBengali(Integer.toString(day.getYear()))
                        : BengaliFormat.shortDate(day);
                g.setColor(GRID);
                g.draw(new Line2D.Float(x, bottom, x, bottom + 3f));
                text(g, label, x, bottom + 15f, 7.5f, Weight.REGULAR, MUTED, Align.CENTER);
            }
            g.setColor(MUTED);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Float(left, bottom, right, bottom));
            for (boolean received : new boolean[] {true, false}) {
                var path = new Path2D.Float();
                for (var p : points) {
                    float x = (float) (left + (right - left) * p.offset() / span);
                    float y = (float) (bottom - (bottom - top) * (received ? p.received() : p.resolved()) / axis.max());
                    if (path.getCurrentPoint() == null) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                    if (points.size() <= 62) {
                        g.setColor(received ? RECEIVED : RESOLVED);
                        g.fill(new Rectangle2D.Float(x - 1.6f, y - 1.6f, 3.2f, 3.2f));
                    }
                }
                g.setColor(received ? RECEIVED : RESOLVED);
                g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return image(template);
    }

    /** One point per day, or per run of {@code daysPerPoint} days (the average of the days reported in it). */
    private static List<Point> points(List<DailyRow> days, LocalDate first, int daysPerPoint) {
        var points = new ArrayList<Point>();
        long bucket = -1;
        double received = 0;
        double resolved = 0;
        int count = 0;
        for (var d : days) {
            long offset = ChronoUnit.DAYS.between(first, d.day());
            if (offset / daysPerPoint != bucket && count > 0) {
                points.add(new Point(bucket * daysPerPoint + (daysPerPoint - 1) / 2.0, received / count, resolved / count));
                received = 0;
                resolved = 0;
                count = 0;
            }
            bucket = offset / daysPerPoint;
            received += d.received();
            resolved += d.resolved();
            count++;
        }
        points.add(new Point(bucket * daysPerPoint + (daysPerPoint - 1) / 2.0, received / count, resolved / count));
        return points;
    }

    private record Point(double offset, double received, double resolved) {
    }

    private void bar(Graphics2D g, float x, float y, float length, float thickness, Color color, long value) {
        g.setColor(color);
        g.fill(new Rectangle2D.Float(x, y, Math.max(length, 0.5f), thickness));
        text(g, BengaliFormat.count(value), x + length + 4f, y + thickness - 2f, 7.5f, Weight.REGULAR, INK, Align.LEFT);
    }

    private float legend(Graphics2D g, float x, float baseline) {
        g.setColor(RECEIVED);
        g.fill(new Rectangle2D.Float(x, baseline - 8f, 9f, 9f));
        float next = x + 13f + text(g, "প্রাপ্ত (received)", x + 13f, baseline, 8.5f, Weight.REGULAR, INK, Align.LEFT) + 16f;
        g.setColor(RESOLVED);
        g.fill(new Rectangle2D.Float(next, baseline - 8f, 9f, 9f));
        return next + 13f + text(g, "নিষ্পন্ন (resolved)", next + 13f, baseline, 8.5f, Weight.REGULAR, INK, Align.LEFT);
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** Draws text in runs of the Bengali or the Latin font (neither covers both) and returns its shaped width. */
    private float text(Graphics2D g, String text, float x, float baseline, float size, Weight weight, Color color,
            Align align) {
        var runs = runs(fonts.printable(text), size, weight);
        float width = 0f;
        for (var run : runs) {
            width += run.layout(g).getAdvance();
        }
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2f;
            case RIGHT -> x - width;
        };
        g.setColor(color);
        for (var run : runs) {
            var layout = run.layout(g);
            layout.draw(g, start, baseline);
            start += layout.getAdvance();
        }
        return width;
    }

    /** Shortens a label with "…" until its shaped width fits, cutting between words, else between characters. */
    private String fit(Graphics2D g, String text, float width, float size) {
        var label = fonts.printable(text);
        if (measure(g, label, size) <= width) {
            return label;
        }
        var boundaries = label.contains(" ") ? BreakIterator.getWordInstance() : BreakIterator.getCharacterInstance();
        boundaries.setText(label);
        for (int end = boundaries.last(); end != BreakIterator.DONE && end > 0; end = boundaries.previous()) {
            var candidate = label.substring(0, end).stripTrailing() + "…";
            if (measure(g, candidate, size) <= width) {
                return candidate;
            }
        }
        return label;
    }

    private float measure(Graphics2D g, String text, float size) {
        float width = 0f;
        for (var run : runs(text, size, Weight.REGULAR)) {
            width += run.layout(g).getAdvance();
        }
        return width;
    }

    private record Run(String text, java.awt.Font font) {
        TextLayout layout(Graphics2D g) {
            return new TextLayout(text, font, g.getFontRenderContext());
        }
    }

    /** Splits text where the script changes; spaces, digits and punctuation stay with the run they are in. */
    private List<Run> runs(String text, float size, Weight weight) {
        var bengali = fonts.chartBengali(size, weight);
        var latin = fonts.chartLatin(size, weight);
        var runs = new ArrayList<Run>();
        var current = new StringBuilder();
        java.awt.Font currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            java.awt.Font font;
            if (currentFont != null && currentFont.canDisplay(cp)) {
                font = currentFont;
            } else {
                font = bengali.canDisplay(cp) ? bengali : latin;
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private static Image image(PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("Chart template rejected", e);
        }
    }

    /** A value axis from zero with about five round steps (1, 2 or 5 × 10ⁿ). */
    private record Axis(long step, long max) {
        static Axis upTo(long value) {
            if (value <= 0) {
                return new Axis(1, 1);
            }
            double raw = value / 5.0;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / magnitude;
            long step = Math.max(1, (long) ((fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude));
            return new Axis(step, ((value + step - 1) / step) * step);
        }
    }
}
