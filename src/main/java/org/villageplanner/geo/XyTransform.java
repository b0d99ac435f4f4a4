package org.villageplanner.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A map of points given by x and y (in whatever units the caller's systems use), applied to whole geometries by
 * {@link #copy}: one JTS coordinate filter for the projections of this package.
 */
@FunctionalInterface
interface XyTransform {
    /** Writes the image of ({@code x}, {@code y}) into {@code out[0]} (x) and {@code out[1]} (y). */
    void transform(double x, double y, double[] out);

    /**
     * A copy of {@code g} whose every coordinate has its x and y replaced by their image under {@code f} (other
     * ordinates kept); {@code g} is not changed. Not thread-safe when {@code f} is not.
     */
    static Geometry copy(Geometry g, XyTransform f) {
        Geometry copy = g.copy();
        double[] xy = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                f.transform(seq.getX(i), seq.getY(i), xy);
                seq.setOrdinate(i, CoordinateSequence.X, xy[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
