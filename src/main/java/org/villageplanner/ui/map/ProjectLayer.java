package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.common.Fonts;

/**
 * The scenario's projects that have a location (an enclave's factory, a shared base) as diamonds in their
 * cluster's colour, with the project's name.
 */
public final class ProjectLayer extends MapLayer {
    private record Marker(double lon, double lat, String name, Color colour) {
    }

    private static final double R = 7;
    private static final double FONT_SIZE = 12;
    private List<Marker> markers = List.of();

    public void setScenario(Scenario scenario, java.util.function.Function<Cluster, Color> colour) {
        List<Marker> out = new ArrayList<>();
        if (scenario != null) {
            for (int i = 0; i < scenario.clusters().size(); i++) {
                Cluster c = scenario.clusters().get(i);
                for (InvestmentProject p : c.projects()) {
                    if (p.location() != null) {
                        out.add(new Marker(p.location().lon(), p.location().lat(), p.name(),
                                colour.apply(c).deriveColor(0, 1.3, 0.7, 1)));
                    }
                }
            }
        }
        List<Marker> before = markers;
        markers = out;
        // An edit of a few clusters moves or recolours only their markers: only those are drawn again.
        java.util.Set<Marker> was = new java.util.HashSet<>(before);
        java.util.Set<Marker> now = new java.util.HashSet<>(out);
        for (List<Marker> list : List.of(before, out)) {
            for (Marker m : list) {
                if (!was.contains(m) || !now.contains(m)) {
                    changed(m);
                }
            }
        }
    }

    /** Reports the pixels of {@code m}: its diamond and, to its right, its name (at most an em per character). */
    private void changed(Marker m) {
        var at = new org.locationtech.jts.geom.Envelope(m.lon(), m.lon(), m.lat(), m.lat());
        // The canvas widens the point by one margin on every side: wide enough for the name on the right.
        markChanged(at, R + 4 + m.name().length() * FONT_SIZE + 6);
    }

    /** How many projects are drawn (for tests). */
    public int size() {
        return markers.size();
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        gc.setFont(Fonts.of(FONT_SIZE));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Marker m : markers) {
            double x = vp.x(m.lon());
            double y = vp.y(m.lat());
            double r = R;
            double[] xs = {x, x + r, x, x - r};
            double[] ys = {y - r, y, y + r, y};
            gc.setFill(m.colour());
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5);
            gc.strokePolygon(xs, ys, 4);
            gc.setLineWidth(3);
            gc.setStroke(Color.rgb(255, 255, 255, 0.85));
            gc.strokeText(m.name(), x + r + 4, y);
            gc.setFill(Color.web("#3b2a00"));
            gc.fillText(m.name(), x + r + 4, y);
        }
    }
}
