package org.villageplanner.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.sample.SyntheticProject;

/** Whatever the view, the shapes it meets come in the villages' order: by scan for large views, by tree for small. */
class VillageShapesTest {
    @Test
    void visibleShapesAreThoseMeetingTheViewInOrder() {
        VillageShapes shapes = new VillageShapes(SyntheticProject.generate(600, 5).villages());
        Envelope e = shapes.extent();
        Random r = new Random(9);
        for (int i = 0; i < 200; i++) {
            // Views from a 1/40 to twice the extent's width, anywhere around it.
            double w = e.getWidth() * (0.025 + r.nextDouble() * 2);
            double h = e.getHeight() * (0.025 + r.nextDouble() * 2);
            double x = e.getMinX() - w / 2 + r.nextDouble() * (e.getWidth() + w);
            double y = e.getMinY() - h / 2 + r.nextDouble() * (e.getHeight() + h);
            Envelope view = new Envelope(x, x + w, y, y + h);
            List<VillageShapes.Shape> expected = shapes.all().stream().filter(s -> view.intersects(s.box())).toList();
            assertEquals(expected, shapes.visible(view), "view " + view);
        }
        List<VillageShapes.Shape> tallest = shapes.tallestFirst();
        assertEquals(shapes.size(), tallest.size());
        for (int i = 1; i < tallest.size(); i++) {
            VillageShapes.Shape a = tallest.get(i - 1);
            VillageShapes.Shape b = tallest.get(i);
            assertTrue(a.point() && !b.point() || a.point() == b.point()
                    && (b.point() || a.box().getHeight() >= b.box().getHeight()), "tallest first at " + i);
        }
    }
}
