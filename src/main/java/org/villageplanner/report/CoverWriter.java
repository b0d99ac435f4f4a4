package org.villageplanner.report;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.villageplanner.service.PlanReport;

/**
 * The cover: a coloured band with the title, the township, scenario, date and author as a small field list,
 * a red "示例数据" stamp when the data is illustrative, a small overview map, and the data source at the foot.
 */
final class CoverWriter extends PageWriter {
    private static final Color BAND = new Color(0x1F, 0x4E, 0x79);
    private static final Color STAMP = new Color(0xC0, 0x39, 0x2B);
    /** The cover's small overview map sits between the fields and the data source. */
    private static final float MAP_BOTTOM = 100;

    private final String title;
    private final MapBuilder maps;

    CoverWriter(PageFlow flow, PlanReport report, String title, MapBuilder maps) {
        super(flow, report);
        this.maps = maps;
        this.title = title;
    }

    void write() {
        float pageW = PageFlow.A4.getWidth();
        float pageH = PageFlow.A4.getHeight();
        flow.fillRect(0, pageH - 330, pageW, 200, BAND);
        float x = flow.left();
        float y = pageH - 200;
        for (String line : LineBreaker.lines(flow.fonts().printable(title), flow.width(),
                s -> flow.fonts().width(s, 26))) {
            flow.text(line, x, y, 26, Color.WHITE, true);
            y -= 36;
        }
        flow.text(lang.text("report.cover.subtitle"), x, pageH - 305, 13, new Color(0xDD, 0xE6, 0xF0), false);

        float fy = pageH - 410;
        field(lang.text("report.cover.township"), report.info().township().isBlank() ? Formats.NONE
                : report.info().township(), fy);
        field(lang.text("report.cover.scenario"), report.scenarioName(), fy - 28);
        field(lang.text("report.cover.clusters"), lang.text("report.cover.clusterCount",
                report.sections().size(), report.villages().size()), fy - 56);
        field(lang.text("report.cover.author"), report.author().isEmpty()
                ? lang.text("report.cover.noAuthor") : report.author(), fy - 84);
        field(lang.text("report.cover.date"), date(), fy - 112);

        if (report.info().illustrative()) {
            stamp(pageW - flow.left() - 150, fy - 120);
        }
        if (maps.hasGeometry()) {
            MapSpec spec = maps.overview(false);
            try {
                MapRenderer.draw(flow, spec, flow.left(), MAP_BOTTOM, flow.width(), fy - 140 - MAP_BOTTOM);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (!report.info().source().isBlank()) {
            // Drawn line by line rather than flowed: the cover must stay one page whatever the source's length.
            String source = flow.fonts().printable(lang.text("report.cover.source",
                    report.info().source(lang.locale())));
            float baseline = MAP_BOTTOM - 16;
            for (String line : LineBreaker.lines(source, flow.width(), t -> flow.fonts().width(t, 7.5f))) {
                if (baseline < 48) {
                    break;
                }
                flow.text(line, flow.left(), baseline, 7.5f, PageFlow.MUTED, false);
                baseline -= 11;
            }
        }
        flow.textCentered(lang.text("report.cover.generated"), pageW / 2, 34, 8, PageFlow.MUTED, false);
    }

    private void field(String label, String value, float baseline) {
        flow.text(label, flow.left(), baseline, 11, PageFlow.MUTED, false);
        flow.text(value, flow.left() + 110, baseline, 13, PageFlow.INK, false);
        flow.line(flow.left() + 110, baseline - 7, flow.left() + 330, baseline - 7, new Color(0xCC, 0xCC, 0xCC),
                0.5f);
    }

    private void stamp(float x, float y) {
        try {
            var cs = flow.cs();
            cs.setStrokingColor(STAMP);
            cs.setLineWidth(2.2f);
            cs.addRect(x, y, 150, 56);
            cs.stroke();
            cs.setLineWidth(0.8f);
            cs.addRect(x + 4, y + 4, 142, 48);
            cs.stroke();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        flow.textCentered(lang.text("report.cover.illustrative"), x + 75, y + 27, 20, STAMP, true);
        flow.textCentered(lang.text("report.cover.illustrativeNote"), x + 75, y + 11, 7, STAMP, false);
    }

    private String date() {
        Locale locale = lang.locale();
        DateTimeFormatter f = "zh".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("yyyy年M月d日")
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        return report.date().format(f);
    }
}
