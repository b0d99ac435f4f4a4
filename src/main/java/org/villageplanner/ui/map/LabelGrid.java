package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes of the names placed so far in a frame, bucketed by screen cell: whether a new name's box overlaps one
 * of them asks only the boxes in the cells it covers instead of every name placed (a province at a few times the
 * fitted scale tries thousands of names against up to 2,000 placed). Answers exactly as
 * {@link LabelBoxes#overlaps}: two boxes sharing some area share a point, and so a cell both cover.
 */
final class LabelGrid {
    private static final double CELL = 64;
    private final Map<Long, List<double[]>> cells = new HashMap<>();

    /** Whether box {x0, y0, x1, y1} overlaps one already added. */
    boolean overlaps(double[] b) {
        for (long cx = cell(b[0]); cx <= cell(b[2]); cx++) {
            for (long cy = cell(b[1]); cy <= cell(b[3]); cy++) {
                List<double[]> in = cells.get(key(cx, cy));
                if (in != null) {
                    for (double[] p : in) {
                        if (LabelBoxes.meets(b, p)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    void add(double[] b) {
        for (long cx = cell(b[0]); cx <= cell(b[2]); cx++) {
            for (long cy = cell(b[1]); cy <= cell(b[3]); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(b);
            }
        }
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
