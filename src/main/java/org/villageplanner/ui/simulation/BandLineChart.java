package org.villageplanner.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;

/**
 * A line chart that can also shade bands between two paths (the Monte Carlo P10–P90 range of a village's
 * income) behind its lines. Bands are given in chart units, index = the x value (year 0..N).
 */
final class BandLineChart extends LineChart<Number, Number> {
    private record Band(double[] low, double[] high, Color fill) {
    }

    private final List<Band> bands = new ArrayList<>();
    private final List<Polygon> shapes = new ArrayList<>();

    BandLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
    }

    void clearBands() {
        bands.clear();
        requestChartLayout();
    }

    void addBand(double[] low, double[] high, Color fill) {
        bands.add(new Band(low, high, fill));
        requestChartLayout();
    }

    /** Shows {@code legend} in place of the default one (which would list every series). */
    void useLegend(javafx.scene.Node legend) {
        setLegend(legend);
        setLegendVisible(true);
    }

    /** Number of bands drawn in the last layout (tests). */
    int bandsDrawn() {
        return shapes.size();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(shapes);
        shapes.clear();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        for (Band b : bands) {
            Polygon p = new Polygon();
            for (int t = 0; t < b.high().length; t++) {
                p.getPoints().addAll(x.getDisplayPosition(t), y.getDisplayPosition(b.high()[t]));
            }
            for (int t = b.low().length - 1; t >= 0; t--) {
                p.getPoints().addAll(x.getDisplayPosition(t), y.getDisplayPosition(b.low()[t]));
            }
            p.setFill(b.fill());
            p.setStroke(null);
            p.setMouseTransparent(true);
            shapes.add(p);
        }
        getPlotChildren().addAll(0, shapes);
    }
}
