package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gcj02Test {
    @Test
    void theOffsetNearCixiIsSomeHundredsOfMetresAndTheInverseUndoesItToACentimetre() {
        double lon = 121.30;
        double lat = 30.20;
        double[] g = Gcj02.toGcj02(lon, lat);
        double dx = (g[0] - lon) * 96_000;
        double dy = (g[1] - lat) * 110_850;
        double metres = Math.hypot(dx, dy);
        assertTrue(metres > 200 && metres < 800, "GCJ-02 shifts by a few hundred metres, not " + metres);
        for (double x = 100; x <= 125; x += 2.5) {
            for (double y = 20; y <= 45; y += 2.5) {
                double[] shifted = Gcj02.toGcj02(x, y);
                double[] back = Gcj02.toWgs84(shifted[0], shifted[1]);
                assertArrayEquals(new double[] {x, y}, back, 1e-7, "round trip at " + x + ", " + y);
            }
        }
    }

    @Test
    void outsideChinaNothingMoves() {
        assertArrayEquals(new double[] {2.35, 48.85}, Gcj02.toGcj02(2.35, 48.85), 0);
        assertArrayEquals(new double[] {2.35, 48.85}, Gcj02.toWgs84(2.35, 48.85), 0);
    }
}
