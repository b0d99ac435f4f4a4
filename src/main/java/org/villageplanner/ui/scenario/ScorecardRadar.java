package org.villageplanner.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import org.villageplanner.finance.Scorecard;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.ui.common.I18n;

/**
 * The equity scorecard of the compared scenarios as a radar chart (docs/SCORECARD.md): one spoke per axis, 0 at
 * the centre and 100 at the rim, one polygon per scenario (undefined axes drawn at 0), with a legend. Redrawn on
 * resize; the polygons carry ids {@code radar0, radar1, …} and their scenario name as accessible text.
 */
final class ScorecardRadar extends Pane {
    private static final Color[] COLORS = {Color.web("#1f4e79"), Color.web("#d95f02"), Color.web("#1b9e77"),
        Color.web("#7570b3")};
    private List<String> names = List.of();
    private List<Scorecard> cards = List.of();

    ScorecardRadar() {
        setId("compareRadar");
        setMinSize(320, 320);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    void show(List<String> scenarios, List<SimulationResult> results) {
        names = List.copyOf(scenarios);
        List<Scorecard> out = new ArrayList<>();
        results.forEach(r -> out.add(Scorecard.of(r)));
        cards = out;
        draw();
    }

    List<Scorecard> scorecards() {
        return cards;
    }

    private void draw() {
        getChildren().clear();
        int n = Scorecard.AXES.size();
        double cx = getWidth() / 2;
        double cy = getHeight() / 2 + 10;
        double r = Math.max(40, Math.min(getWidth(), getHeight()) / 2 - 70);
        for (int ring = 1; ring <= 4; ring++) {
            Polygon grid = new Polygon(points(cx, cy, r * ring / 4, null));
            grid.setFill(null);
            grid.setStroke(Color.web("#bbbbbb"));
            getChildren().add(grid);
        }
        for (int k = 0; k < n; k++) {
            double[] rim = point(cx, cy, r, k, n);
            Line spoke = new Line(cx, cy, rim[0], rim[1]);
            spoke.setStroke(Color.web("#bbbbbb"));
            double[] at = point(cx, cy, r + 18, k, n);
            Text label = new Text(I18n.t("report.scorecard.short." + Scorecard.AXES.get(k)));
            // Anchored away from the rim: right of the spokes on the right, left on the left, centred at top and
            // bottom, so that neighbouring labels near the bottom do not run into each other.
            double dx = at[0] - cx;
            double w = label.getLayoutBounds().getWidth();
            label.setX(dx > 0.2 * r ? at[0] - 4 : dx < -0.2 * r ? at[0] - w + 4 : at[0] - w / 2);
            label.setY(at[1] + 4);
            getChildren().addAll(spoke, label);
        }
        for (int i = 0; i < cards.size(); i++) {
            Polygon p = new Polygon(points(cx, cy, r, cards.get(i)));
            Color c = COLORS[i % COLORS.length];
            p.setId("radar" + i);
            p.setAccessibleText(names.get(i));
            p.setStroke(c);
            p.setStrokeWidth(2);
            if (i > 0) {
                // Dashed, so that a scenario scoring the same as the first still shows under it.
                p.getStrokeDashArray().setAll(8.0, 5.0);
            }
            p.setFill(c.deriveColor(0, 1, 1, 0.12));
            Text legend = new Text(8, 16 + 16 * i, "■ " + names.get(i));
            legend.setFill(c);
            getChildren().addAll(p, legend);
        }
    }

    /** Polygon points at {@code radius} (a ring) or at each axis' score (a scenario). */
    private static double[] points(double cx, double cy, double radius, Scorecard card) {
        int n = Scorecard.AXES.size();
        double[] out = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double f = 1;
            if (card != null) {
                Double s = card.axis(Scorecard.AXES.get(k)).score();
                f = s == null ? 0 : Math.max(0, Math.min(100, s)) / 100;
            }
            double[] p = point(cx, cy, radius * f, k, n);
            out[2 * k] = p[0];
            out[2 * k + 1] = p[1];
        }
        return out;
    }

    private static double[] point(double cx, double cy, double radius, int k, int n) {
        double angle = Math.PI / 2 - 2 * Math.PI * k / n;
        return new double[] {cx + radius * Math.cos(angle), cy - radius * Math.sin(angle)};
    }
}
