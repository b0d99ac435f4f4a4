package org.villageplanner.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bucketed overlap test places exactly the names the list scan placed, boxes off screen and on cell edges too. */
class LabelGridTest {
    @Test
    void placesTheSameNamesAsTheListScan() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            List<double[]> list = new ArrayList<>();
            LabelGrid grid = new LabelGrid();
            int placed = 0;
            for (int i = 0; i < 3000; i++) {
                // Names 20–200 px wide on a screen a little larger than the map, some on exact cell edges.
                double x = r.nextInt(4) == 0 ? 64 * (r.nextInt(30) - 5) : r.nextDouble() * 1600 - 200;
                double y = r.nextInt(4) == 0 ? 64 * (r.nextInt(16) - 3) : r.nextDouble() * 1000 - 150;
                double[] box = {x, y, x + 20 + r.nextDouble() * 180, y + 17};
                boolean scan = LabelBoxes.overlaps(box, list);
                assertEquals(scan, grid.overlaps(box), "seed " + seed + ", box " + i);
                if (!scan) {
                    list.add(box);
                    grid.add(box);
                    placed++;
                }
            }
            assertTrue(placed > 100 && placed < 3000, "some names fit, others collide: " + placed);
        }
    }
}
