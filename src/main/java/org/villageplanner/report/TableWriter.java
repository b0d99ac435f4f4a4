package org.villageplanner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Table} into a {@link PageFlow}: a tinted header row that is repeated at the top of every page
 * the table continues on, zebra-striped body rows whose text wraps inside its cell, right-aligned numbers.
 */
final class TableWriter {
    static final float SIZE = 8.5f;
    private static final float LEADING = 11.5f;
    private static final float PAD = 3.5f;
    private static final Color HEADER_FILL = new Color(0x1F, 0x4E, 0x79);
    private static final Color STRIPE = new Color(0xF2, 0xF5, 0xF9);
    private static final Color TOTAL_FILL = new Color(0xE4, 0xEB, 0xF3);
    private static final Color RULE = new Color(0xB8, 0xC4, 0xD2);

    private TableWriter() {
    }

    static void write(PageFlow flow, Table table) {
        float[] widths = widths(flow.width(), table.columns());
        List<List<String>> header = wrapCells(flow, widths, table.columns().stream().map(Table.Column::header)
                .toList());
        float headerHeight = height(header);
        boolean first = true;
        boolean striped = false;
        for (Table.Row row : table.rows()) {
            List<List<String>> cells = wrapCells(flow, widths, row.cells());
            float h = height(cells);
            if (first || flow.room() < h) {
                if (flow.room() < headerHeight + h) {
                    flow.newPage();
                }
                drawRow(flow, table, widths, header, headerHeight, HEADER_FILL, Color.WHITE, true);
                first = false;
            }
            Color fill = row.emphasised() ? TOTAL_FILL : striped ? STRIPE : null;
            drawRow(flow, table, widths, cells, h, fill, PageFlow.INK, row.emphasised());
            striped = !striped;
        }
        if (first) {
            flow.ensure(headerHeight);
            drawRow(flow, table, widths, header, headerHeight, HEADER_FILL, Color.WHITE, true);
        }
        flow.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), RULE, 0.6f);
        flow.space(10);
    }

    private static void drawRow(PageFlow flow, Table table, float[] widths, List<List<String>> cells, float h,
                                Color fill, Color ink, boolean bold) {
        float top = flow.y();
        if (fill != null) {
            flow.fillRect(flow.left(), top - h, flow.width(), h, fill);
        }
        float x = flow.left();
        for (int c = 0; c < widths.length; c++) {
            boolean numeric = table.columns().get(c).numeric();
            float baseline = top - PAD - SIZE + 1;
            for (String line : cells.get(c)) {
                if (numeric) {
                    flow.textRight(line, x + widths[c] - PAD, baseline, SIZE, ink);
                } else {
                    flow.text(line, x + PAD, baseline, SIZE, ink, bold && fill != HEADER_FILL);
                }
                baseline -= LEADING;
            }
            x += widths[c];
        }
        if (fill == null || fill == STRIPE) {
            flow.line(flow.left(), top - h, flow.left() + flow.width(), top - h, RULE, 0.25f);
        }
        flow.moveTo(top - h);
    }

    private static List<List<String>> wrapCells(PageFlow flow, float[] widths, List<String> texts) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String safe = flow.fonts().printable(texts.get(c));
            out.add(LineBreaker.lines(safe, widths[c] - 2 * PAD, s -> flow.fonts().width(s, SIZE)));
        }
        return out;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LEADING + 2 * PAD - (LEADING - SIZE) + 2;
    }

    static float[] widths(float total, List<Table.Column> columns) {
        float sum = 0;
        for (Table.Column c : columns) {
            sum += c.weight();
        }
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = total * columns.get(i).weight() / sum;
        }
        return w;
    }
}
