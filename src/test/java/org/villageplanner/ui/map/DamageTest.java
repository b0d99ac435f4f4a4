package org.villageplanner.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The rectangle a partial frame redraws, and the box layers query for it. */
class DamageTest {
    @Test
    void theDamagedRectangleIsTheUnionInWholePixelsCutToTheCanvas() {
        Damage d = new Damage();
        assertFalse(d.asked());
        assertNull(d.pixels(100, 80), "nothing damaged");
        d.add(new double[] {10.4, 20.6, 30.2, 25.1});
        d.add(new double[] {28.0, 70.0, 5.5, 60.0});
        assertTrue(d.asked());
        // Union x 5.5..30.2 → 5..31, y 20.6..70 → 20..70.
        assertArrayEquals(new int[] {5, 20, 26, 50}, d.pixels(100, 80));
        d.add(new double[] {-12, -3, 4, 2});
        d.add(new double[] {90, 75, 140, 300});
        assertArrayEquals(new int[] {0, 0, 100, 80}, d.pixels(100, 80), "cut to the canvas");
        d.clear();
        assertFalse(d.asked());
        assertNull(d.pixels(100, 80));
        d.add(new double[] {120, 10, 130, 20});
        assertNull(d.pixels(100, 80), "off the canvas: nothing to draw");
    }

    @Test
    void aPartialFrameQueriesItsAreaWidenedByTheLayersReachAndCutToTheScreen() {
        Viewport vp = new Viewport();
        vp.setSize(400, 300);
        vp.fit(new Envelope(120, 121, 30, 31), 0);
        Envelope visible = vp.visible();
        assertEquals(visible, vp.area(), "a whole frame covers the screen");
        assertEquals(visible, vp.area(10));
        assertFalse(vp.partial());

        // The area: screen pixels 0..50 × 100..150 (at the left edge of the screen).
        Envelope area = new Envelope(vp.lon(0), vp.lon(50), vp.lat(150), vp.lat(100));
        vp.setArea(area);
        assertTrue(vp.partial());
        assertEquals(area, vp.area());
        double[] px = vp.areaPixels();
        assertEquals(0, px[0], 1e-9);
        assertEquals(100, px[1], 1e-9);
        assertEquals(50, px[2], 1e-9);
        assertEquals(150, px[3], 1e-9);
        Envelope wide = vp.area(10);
        // Widened by 10 px on every side except the left, where the screen ends.
        assertEquals(vp.lon(0), wide.getMinX(), 1e-12);
        assertEquals(vp.lon(60), wide.getMaxX(), 1e-12);
        assertEquals(vp.lat(160), wide.getMinY(), 1e-12);
        assertEquals(vp.lat(90), wide.getMaxY(), 1e-12);
        // A point 8 px beyond the area's right edge reaches it with a 10 px marker, one 12 px beyond does not.
        assertTrue(wide.contains(vp.lon(58), vp.lat(120)));
        assertFalse(wide.contains(vp.lon(62), vp.lat(120)));
        vp.setArea(null);
        assertEquals(visible, vp.area());
    }
}
