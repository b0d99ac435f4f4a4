package org.villageplanner.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.villageplanner.domain.Language;
import org.villageplanner.finance.Scorecard;
import org.villageplanner.service.PlanReport;

/**
 * The plan PDF's equity scorecard page (共同富裕评分卡, docs/SCORECARD.md): a radar chart with one spoke per axis
 * (0 at the centre, 100 at the rim) and one polygon per scenario, then the table of scores. Undefined axes are drawn
 * at 0 and shown as "—". Vector lines and text only.
 */
final class ScorecardPageWriter {
    private static final Color[] COLORS = {new Color(0x1F, 0x4E, 0x79), new Color(0xD9, 0x5F, 0x02),
        new Color(0x1B, 0x9E, 0x77), new Color(0x75, 0x70, 0xB3)};
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    private final PageFlow flow;
    private final List<PlanReport.ScorecardColumn> columns;
    private final Language lang;

    ScorecardPageWriter(PageFlow flow, List<PlanReport.ScorecardColumn> columns) {
        this.flow = flow;
        this.lang = flow.language();
        this.columns = columns;
    }

    void write() {
        flow.paragraph(lang.text("report.scorecard.intro"));
        flow.space(6);
        flow.drawing(300, (f, x, bottom, width, height) -> radar(x, bottom, width, height));
        flow.space(8);
        Table.Column[] cols = new Table.Column[1 + columns.size()];
        cols[0] = Table.text(lang.text("report.scorecard.axis"), 2.6f);
        for (int i = 0; i < columns.size(); i++) {
            cols[1 + i] = Table.number(columns.get(i).scenario(), 1.2f);
        }
        Table t = Table.of(cols);
        for (String axis : Scorecard.AXES) {
            String[] row = new String[1 + columns.size()];
            row[0] = lang.text("report.scorecard.axis." + axis);
            for (int i = 0; i < columns.size(); i++) {
                Double score = columns.get(i).scorecard().axis(axis).score();
                row[1 + i] = score == null ? "—" : String.format(Locale.ROOT, "%.1f", score);
            }
            t.row(row);
        }
        TableWriter.write(flow, t);
    }

    private void radar(float x, float bottom, float width, float height) {
        int n = Scorecard.AXES.size();
        float cx = x + width / 2;
        float cy = bottom + height / 2 - 6;
        float r = Math.min(width, height) / 2 - 48;
        for (int ring = 1; ring <= 4; ring++) {
            float rr = r * ring / 4;
            for (int k = 0; k < n; k++) {
                float[] a = point(cx, cy, rr, k, n);
                float[] b = point(cx, cy, rr, (k + 1) % n, n);
                flow.line(a[0], a[1], b[0], b[1], GRID, 0.4f);
            }
        }
        for (int k = 0; k < n; k++) {
            float[] rim = point(cx, cy, r, k, n);
            flow.line(cx, cy, rim[0], rim[1], GRID, 0.4f);
            float[] label = point(cx, cy, r + 14, k, n);
            flow.textCentered(lang.text("report.scorecard.short." + Scorecard.AXES.get(k)), label[0],
                    label[1] - 3, 7, PageFlow.MUTED, false);
        }
        for (int i = 0; i < columns.size(); i++) {
            Color c = COLORS[i % COLORS.length];
            Scorecard s = columns.get(i).scorecard();
            for (int k = 0; k < n; k++) {
                float[] a = point(cx, cy, r * score(s, k) / 100, k, n);
                float[] b = point(cx, cy, r * score(s, (k + 1) % n) / 100, (k + 1) % n, n);
                flow.line(a[0], a[1], b[0], b[1], c, 1.4f);
            }
            float ly = bottom + height - 10 - 12 * i;
            flow.line(x, ly + 3, x + 18, ly + 3, c, 2f);
            flow.text(columns.get(i).scenario(), x + 24, ly, 8.5f, PageFlow.INK, false);
        }
    }

    private static float score(Scorecard s, int k) {
        Double v = s.axis(Scorecard.AXES.get(k)).score();
        return v == null ? 0 : (float) Math.max(0, Math.min(100, v));
    }

    /** Spoke k of n, clockwise from the top. */
    private static float[] point(float cx, float cy, float radius, int k, int n) {
        double angle = Math.PI / 2 - 2 * Math.PI * k / n;
        return new float[] {(float) (cx + radius * Math.cos(angle)), (float) (cy + radius * Math.sin(angle))};
    }
}
