package org.villageplanner.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Seeded "plausible" village sites: uniform points inside a region, kept at least {@code minDistance} degrees
 * apart so that cells have village-like sizes (dart throwing). The same seed gives the same points:
 * {@link Random}'s algorithm is fixed by its specification.
 */
final class PointSampler {
    private final Random random;
    private final PreparedGeometry region;
    private final Envelope box;
    private final GeometryFactory factory;

    PointSampler(long seed, Geometry region) {
        this.random = new Random(seed);
        this.region = PreparedGeometryFactory.prepare(region);
        this.box = region.getEnvelopeInternal();
        this.factory = region.getFactory();
    }

    Random random() {
        return random;
    }

    /**
     * Adds {@code n} points to {@code taken} (which may hold fixed sites) and returns them; the distance is
     * relaxed step by step if the region is too full, so that this always ends.
     *
     * @param keepOut extra areas no point may fall in (may be null)
     */
    List<Coordinate> sample(int n, double minDistance, List<Coordinate> taken, Geometry keepOut) {
        List<Coordinate> added = new ArrayList<>();
        double d = minDistance;
        int misses = 0;
        while (added.size() < n) {
            Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (accept(c, d, taken, keepOut)) {
                taken.add(c);
                added.add(c);
                misses = 0;
            } else if (++misses > 2000) {
                d *= 0.9;
                misses = 0;
            }
        }
        return added;
    }

    /** A point near {@code centre} (normal, σ in degrees) that obeys the same rules, for clustered placements. */
    Coordinate near(Coordinate centre, double sigma, double minDistance, List<Coordinate> taken) {
        double d = minDistance;
        double s = sigma;
        for (int tries = 1; ; tries++) {
            Coordinate c = new Coordinate(centre.x + random.nextGaussian() * s, centre.y + random.nextGaussian() * s);
            if (accept(c, d, taken, null)) {
                taken.add(c);
                return c;
            }
            if (tries % 500 == 0) {
                d *= 0.85;
                s *= 1.1;
            }
        }
    }

    private boolean accept(Coordinate c, double d, List<Coordinate> taken, Geometry keepOut) {
        if (!region.contains(factory.createPoint(c))) {
            return false;
        }
        if (keepOut != null && keepOut.contains(factory.createPoint(c))) {
            return false;
        }
        for (Coordinate t : taken) {
            if (t.distance(c) < d) {
                return false;
            }
        }
        return true;
    }
}
