package org.villageplanner.ui.map;

import java.util.List;

/** How the label layers size a name and keep names apart: one rule for village and reference-layer labels. */
final class LabelBoxes {
    private LabelBoxes() {
    }

    /** A name's width estimated without measuring: an em per CJK character, 0.58 em for others. */
    static double width(String text, double fontSize) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) > 0x2E80 ? fontSize : fontSize * 0.58;
        }
        return w;
    }

    /** Whether box {x0, y0, x1, y1} overlaps one already placed. */
    static boolean overlaps(double[] b, List<double[]> placed) {
        for (double[] p : placed) {
            if (meets(b, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two boxes {x0, y0, x1, y1} share some area. */
    static boolean meets(double[] a, double[] b) {
        return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
    }
}
