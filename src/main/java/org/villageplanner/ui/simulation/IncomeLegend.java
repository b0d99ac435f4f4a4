package org.villageplanner.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * The income chart's own legend: one entry per village in its colour, the target line, and one note each for
 * what a dashed line and a shaded band mean — instead of the chart's default legend, which lists every series
 * (plan, baseline, P10, P90 of every village) and recycles eight colours.
 */
final class IncomeLegend {
    /** Qualitative colours for up to 10 villages (ColorBrewer Paired, dark members first); then repeated. */
    private static final Color[] VILLAGES = {Color.web("#1f78b4"), Color.web("#33a02c"), Color.web("#ff7f00"),
        Color.web("#6a3d9a"), Color.web("#b15928"), Color.web("#a6cee3"), Color.web("#b2df8a"),
        Color.web("#fdbf6f"), Color.web("#cab2d6"), Color.web("#8c8c8c")};
    static final Color TARGET = Color.web("#c62828");

    private record Entry(String text, Color colour, boolean dashed) {
    }

    private final List<Entry> entries = new ArrayList<>();

    static Color colour(int i) {
        return VILLAGES[Math.floorMod(i, VILLAGES.length)];
    }

    static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    void show(String text, Color colour, boolean dashed) {
        entries.add(new Entry(text, colour, dashed));
    }

    void note(String text, Color colour, boolean dashed) {
        entries.add(new Entry(text, colour, dashed));
    }

    /** Number of entries (tests: one per village, plus target and notes). */
    int size() {
        return entries.size();
    }

    void apply(BandLineChart chart) {
        FlowPane pane = new FlowPane(12, 4);
        pane.setId("incomeLegend");
        pane.setAlignment(Pos.CENTER);
        for (Entry e : entries) {
            Line l = new Line(0, 0, 22, 0);
            l.setStroke(e.colour());
            l.setStrokeWidth(e.dashed() ? 1.6 : 2.5);
            if (e.dashed()) {
                l.getStrokeDashArray().addAll(6.0, 4.0);
            }
            HBox item = new HBox(4, l, new Label(e.text()));
            item.setAlignment(Pos.CENTER_LEFT);
            item.getStyleClass().add("income-legend-item");
            pane.getChildren().add(item);
        }
        chart.useLegend(pane);
    }
}
