package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.villageplanner.domain.Village;

/**
 * Where to show a neighbour link that a barrier cut: the middle of the two villages' shared border (for point
 * villages, half way between them), with both villages' label points so a map can join them. Pure; EPSG:4326.
 */
public final class CutMarks {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CutMarks() {
    }

    /**
     * One cut link placed on the map.
     *
     * @param x,y   a point on the shared border, near its middle
     * @param ax,ay the first village's interior point; {@code bx, by} the second's
     */
    public record Mark(BarrierCut.Link link, double x, double y, double ax, double ay, double bx, double by) {
    }

    /** Marks for every link whose two villages are known; links naming unknown villages are left out. */
    public static List<Mark> place(List<BarrierCut.Link> links, Map<String, Village> villages,
                                   double toleranceMeters) {
        List<Mark> out = new ArrayList<>();
        for (BarrierCut.Link l : links) {
            Village a = villages.get(l.a());
            Village b = villages.get(l.b());
            if (a == null || b == null || a.geometry() == null || b.geometry() == null) {
                continue;
            }
            Coordinate ca = a.geometry().getInteriorPoint().getCoordinate();
            Coordinate cb = b.geometry().getInteriorPoint().getCoordinate();
            Coordinate mid = borderMiddle(a.geometry(), b.geometry(), toleranceMeters);
            out.add(new Mark(l, mid.x, mid.y, ca.x, ca.y, cb.x, cb.y));
        }
        return out;
    }

    /** The middle (by length) of the longest piece of the shared border; the closest points' middle if none. */
    static Coordinate borderMiddle(Geometry a, Geometry b, double toleranceMeters) {
        Envelope box = new Envelope(a.getEnvelopeInternal());
        double grow = toleranceMeters / 111_320.0 * 2;
        box.expandBy(grow);
        Envelope eb = new Envelope(b.getEnvelopeInternal());
        eb.expandBy(grow);
        Envelope pair = box.intersection(eb);
        if (!pair.isNull()) {
            Geometry border = BarrierCut.sharedBorder(a, b, FACTORY.toGeometry(pair), toleranceMeters);
            Geometry longest = null;
            for (int i = 0; i < border.getNumGeometries(); i++) {
                Geometry part = border.getGeometryN(i);
                if (part.getDimension() == 1 && (longest == null || part.getLength() > longest.getLength())) {
                    longest = part;
                }
            }
            if (longest != null && longest.getLength() > 0) {
                LengthIndexedLine line = new LengthIndexedLine(longest);
                return line.extractPoint(longest.getLength() / 2);
            }
        }
        Coordinate[] near = DistanceOp.nearestPoints(a, b);
        return new Coordinate((near[0].x + near[1].x) / 2, (near[0].y + near[1].y) / 2);
    }
}
