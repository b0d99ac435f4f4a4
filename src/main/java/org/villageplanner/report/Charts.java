package org.villageplanner.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.villageplanner.domain.Language;
import org.villageplanner.service.PlanReport;

/**
 * The plan's charts, drawn straight into the page's content stream with PDFBox paths and the document's CJK
 * font: vector, text extractable, and no Java2D, JFreeChart or Graphics2D bridge to load and warm up for a
 * command-line export (those cost about a quarter of the report's run time in the profile, docs/PERFORMANCE.md).
 */
final class Charts {
    static final Color[] SERIES = {new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28),
        new Color(0x2C, 0xA0, 0x2C), new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x17, 0xBE, 0xCF)};

    private static final Color TARGET = new Color(0xB0, 0x3A, 0x2E);
    /** Legend swatch of the shaded band: a thick light-grey stroke, the shade of a band on white paper. */
    private static final Color BAND_SWATCH = new Color(0xCC, 0xCC, 0xCC);
    private static final float BAND_ALPHA = 0.18f;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color AXIS = new Color(0x88, 0x88, 0x88);
    private static final float LABEL = 7f;
    private static final float TITLE = 8f;

    private final PageFlow flow;
    private final Language lang;

    Charts(PageFlow flow, Language lang) {
        this.flow = flow;
        this.lang = lang;
    }

    /** Horizontal bars: each party's share in percent, the value written after each bar. */
    PageFlow.Drawing shares(List<PlanReport.ShareRow> shares) {
        return (f, x, bottom, w, h) -> {
            PdfFonts fonts = f.fonts();
            float nameW = 0;
            for (PlanReport.ShareRow s : shares) {
                nameW = Math.max(nameW, fonts.width(fonts.printable(s.name()), TITLE));
            }
            float left = x + Math.min(nameW + 6, w * 0.4f);
            float right = x + w - 6;
            float plotBottom = bottom + 2 * TITLE + 10;
            float plotTop = bottom + h - 4;
            double max = shares.stream().mapToDouble(PlanReport.ShareRow::fraction).max().orElse(1) * 100;
            double step = max > 50 ? 10 : 5;
            double upper = Math.max(step, Math.ceil(max * 1.15 / step) * step);
            float scale = (float) ((right - left) / upper);
            for (double v = 0; v <= upper + 1e-9; v += step) {
                float gx = left + (float) v * scale;
                f.line(gx, plotBottom, gx, plotTop, GRID, 0.5f);
                f.textCentered(Formats.decimal(v, 0), gx, plotBottom - LABEL - 2, LABEL, PageFlow.MUTED, false);
            }
            f.line(left, plotBottom, left, plotTop, AXIS, 0.6f);
            f.line(left, plotBottom, right, plotBottom, AXIS, 0.6f);
            f.textCentered(lang.text("report.chart.sharePercent"), (left + right) / 2, bottom + 2, TITLE,
                    PageFlow.INK, false);
            int n = Math.max(shares.size(), 1);
            float band = (plotTop - plotBottom) / n;
            float bar = Math.min(band * 0.6f, (plotTop - plotBottom) * 0.12f);
            for (int i = 0; i < shares.size(); i++) {
                PlanReport.ShareRow s = shares.get(i);
                float centre = plotTop - band * (i + 0.5f);
                float len = (float) (s.fraction() * 100) * scale;
                f.fillRect(left, centre - bar / 2, len, bar, PageFlow.ACCENT);
                f.textRight(s.name(), left - 4, centre - TITLE / 3, TITLE, PageFlow.INK);
                f.text(Formats.decimal(s.fraction() * 100, 2) + "%", left + len + 3, centre - LABEL / 3, LABEL,
                        PageFlow.INK, false);
            }
        };
    }

    /**
     * Lines: each member's operating income (solid, with markers) and total income (dashed) in 万元, years 0..N,
     * with the operating and total income targets as flat red reference lines named in the legend (labels inside
     * the plot would sit on the weak villages' lines, which run right along the targets). When the scenario was
     * simulated with Monte Carlo runs, each member's operating-income P10–P90 range is shaded behind its line in
     * its colour, and the legend says so.
     */
    PageFlow.Drawing incomes(List<PlanReport.MemberIncome> members, double operatingTarget, double totalTarget) {
        return (f, x, bottom, w, h) -> {
            int n = members.size();
            int years = n == 0 ? 1 : Math.max(members.get(0).operatingIncome().size() - 1, 1);
            List<Series> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PlanReport.MemberIncome m = members.get(i);
                all.add(new Series(m.name() + " " + lang.text("report.chart.operating"), wan(m.operatingIncome()),
                        SERIES[i % SERIES.length], 1.6f, null, true));
            }
            for (int i = 0; i < n; i++) {
                PlanReport.MemberIncome m = members.get(i);
                all.add(new Series(m.name() + " " + lang.text("report.chart.total"), wan(m.totalIncome()),
                        SERIES[i % SERIES.length], 1.2f, new float[] {4f, 3f}, false));
            }
            all.add(new Series(lang.text("report.chart.operatingTarget", Formats.decimal(operatingTarget / 1e4, 0)),
                    new double[] {operatingTarget / 1e4, operatingTarget / 1e4}, TARGET, 1f, new float[] {1.5f, 2f},
                    false));
            all.add(new Series(lang.text("report.chart.totalTarget", Formats.decimal(totalTarget / 1e4, 0)),
                    new double[] {totalTarget / 1e4, totalTarget / 1e4}, TARGET, 1f, new float[] {6f, 2f, 1.5f, 2f},
                    false));
            List<Band> bands = bands(members);
            if (!bands.isEmpty()) {
                all.add(new Series(lang.text("report.chart.bandNote"), new double[0], BAND_SWATCH, 6f, null,
                        false));
            }
            float legendTop = legend(f, all, x, bottom, w);
            double lo = 0;
            double hi = 0;
            for (Series s : all) {
                for (double v : s.values) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            for (Band b : bands) {
                for (int t = 0; t < b.p10.length; t++) {
                    lo = Math.min(lo, Math.min(b.p10[t], b.p90[t]));
                    hi = Math.max(hi, Math.max(b.p10[t], b.p90[t]));
                }
            }
            double step = niceStep(hi - lo, 6);
            lo = Math.floor(lo / step) * step;
            hi = Math.max(lo + step, Math.ceil(hi / step) * step);
            int digits = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
            float labelW = 0;
            for (double v = lo; v <= hi + step / 2; v += step) {
                labelW = Math.max(labelW, f.fonts().width(Formats.decimal(v, digits), LABEL));
            }
            float left = x + TITLE + 6 + labelW + 4;
            float right = x + w - 6;
            float plotBottom = legendTop + 2 * TITLE + 10;
            float plotTop = bottom + h - 4;
            float sy = (float) ((plotTop - plotBottom) / (hi - lo));
            float sx = (right - left) / years;
            for (double v = lo; v <= hi + step / 2; v += step) {
                float gy = plotBottom + (float) ((v - lo) * sy);
                f.line(left, gy, right, gy, GRID, 0.5f);
                f.textRight(Formats.decimal(v, digits), left - 3, gy - LABEL / 3, LABEL, PageFlow.MUTED);
            }
            int yearStep = (int) Math.max(1, Math.ceil(years / 10.0));
            for (int t = 0; t <= years; t += yearStep) {
                float gx = left + t * sx;
                f.line(gx, plotBottom, gx, plotBottom - 2, AXIS, 0.5f);
                f.textCentered(Integer.toString(t), gx, plotBottom - LABEL - 3, LABEL, PageFlow.MUTED, false);
            }
            f.line(left, plotBottom, left, plotTop, AXIS, 0.6f);
            f.line(left, plotBottom, right, plotBottom, AXIS, 0.6f);
            f.textCentered(lang.text("report.chart.year"), (left + right) / 2, legendTop + 2, TITLE, PageFlow.INK,
                    false);
            verticalTitle(f, lang.text("report.chart.incomeWan"), x + TITLE, (plotBottom + plotTop) / 2);
            PDPageContentStream cs = f.cs();
            drawBands(cs, bands, left, plotBottom, sx, lo, sy);
            for (Series s : all) {
                if (s.values.length == 0) {
                    continue;
                }
                float xStep = s.values.length > 1 ? (right - left) * (s.values.length == 2 ? years : 1) / years : 0;
                s.beginStroke(cs);
                trace(cs, s.values, left, xStep, plotBottom, lo, sy);
                cs.stroke();
                cs.restoreGraphicsState();
                if (s.markers) {
                    cs.setNonStrokingColor(s.color);
                    for (int t = 0; t < s.values.length; t++) {
                        cs.addRect(left + t * xStep - 1.5f, plotBottom + (float) ((s.values[t] - lo) * sy) - 1.5f, 3, 3);
                    }
                    cs.fill();
                }
            }
        };
    }

    /** The Monte Carlo P10–P90 bands of the members that have one, in 万元, each in its village's colour. */
    private static List<Band> bands(List<PlanReport.MemberIncome> members) {
        List<Band> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            PlanReport.MemberIncome m = members.get(i);
            if (m.hasBand()) {
                out.add(new Band(wan(m.operatingP10()), wan(m.operatingP90()), SERIES[i % SERIES.length]));
            }
        }
        return out;
    }

    /**
     * Fills each band as a light translucent area (P90 path forward, P10 path back) behind the lines, so
     * overlapping bands of neighbouring villages stay visible through each other.
     */
    private static void drawBands(PDPageContentStream cs, List<Band> bands, float left, float plotBottom, float sx,
                                  double lo, float sy) throws IOException {
        if (bands.isEmpty()) {
            return;
        }
        cs.saveGraphicsState();
        PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
        alpha.setNonStrokingAlphaConstant(BAND_ALPHA);
        cs.setGraphicsStateParameters(alpha);
        for (Band b : bands) {
            cs.setNonStrokingColor(b.color);
            trace(cs, b.p90, left, sx, plotBottom, lo, sy);
            for (int t = b.p90.length - 1; t >= 0; t--) {
                cs.lineTo(left + t * sx, plotBottom + (float) ((b.p10[t] - lo) * sy));
            }
            cs.closePath();
            cs.fill();
        }
        cs.restoreGraphicsState();
    }

    /**
     * Starts a path through one value a year: year t at {@code left + t × xStep}, value v at
     * {@code plotBottom + (v − lo) × sy} (points; values in the chart's unit).
     */
    private static void trace(PDPageContentStream cs, double[] values, float left, float xStep, float plotBottom,
                              double lo, float sy) throws IOException {
        for (int t = 0; t < values.length; t++) {
            float px = left + t * xStep;
            float py = plotBottom + (float) ((values[t] - lo) * sy);
            if (t == 0) {
                cs.moveTo(px, py);
            } else {
                cs.lineTo(px, py);
            }
        }
    }

    /** Legend rows under the plot, left to right; returns the top of the legend block. */
    private static float legend(PageFlow f, List<Series> all, float x, float bottom, float w) {
        List<List<Series>> rows = new ArrayList<>();
        List<Series> row = new ArrayList<>();
        float used = 0;
        for (Series s : all) {
            float item = 22 + f.fonts().width(f.fonts().printable(s.name), LABEL) + 10;
            if (!row.isEmpty() && used + item > w) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(s);
            used += item;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        float lineH = LABEL + 4;
        float top = bottom + rows.size() * lineH + 2;
        for (int r = 0; r < rows.size(); r++) {
            float baseline = top - (r + 1) * lineH + 2;
            float cx = x;
            for (Series s : rows.get(r)) {
                try {
                    PDPageContentStream cs = f.cs();
                    s.beginStroke(cs);
                    cs.moveTo(cx, baseline + LABEL / 3);
                    cs.lineTo(cx + 18, baseline + LABEL / 3);
                    cs.stroke();
                    cs.restoreGraphicsState();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                f.text(s.name, cx + 22, baseline, LABEL, PageFlow.INK, false);
                cx += 22 + f.fonts().width(f.fonts().printable(s.name), LABEL) + 10;
            }
        }
        return top;
    }

    private static void verticalTitle(PageFlow f, String title, float x, float centreY) throws IOException {
        PdfFonts fonts = f.fonts();
        String safe = fonts.printable(title);
        PDPageContentStream cs = f.cs();
        cs.beginText();
        cs.setFont(fonts.pdf(), TITLE);
        cs.setNonStrokingColor(PageFlow.INK);
        cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, x,
                centreY - fonts.width(safe, TITLE) / 2));
        cs.showText(safe);
        cs.endText();
    }

    /** A step of 1, 2 or 5 × 10^k that cuts {@code range} into at most about {@code ticks} intervals. */
    static double niceStep(double range, int ticks) {
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / ticks;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / pow;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
    }

    private static double[] wan(List<Double> yuanByYear) {
        double[] out = new double[yuanByYear.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = yuanByYear.get(t) / 10_000;
        }
        return out;
    }

    private record Band(double[] p10, double[] p90, Color color) {
    }

    private record Series(String name, double[] values, Color color, float width, float[] dash, boolean markers) {
        /** Saves the graphics state and sets this series' line colour, width (points) and dash; restore after. */
        void beginStroke(PDPageContentStream cs) throws IOException {
            cs.saveGraphicsState();
            cs.setStrokingColor(color);
            cs.setLineWidth(width);
            if (dash != null) {
                cs.setLineDashPattern(dash, 0);
            }
        }
    }

    void close() throws IOException {
        // Nothing to release: the charts draw with the document's own font.
    }
}
