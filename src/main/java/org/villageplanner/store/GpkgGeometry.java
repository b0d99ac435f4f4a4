package org.villageplanner.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage geometry blobs (GeoPackage 1.3 §2.1.3): the "GP" header (version, flags, srs_id, optional
 * envelope) followed by standard WKB. We write little-endian, 2D, with an XY envelope except for points
 * (as GDAL does); we read any header byte order, any envelope kind, and standard, ISO (Z/M) or extended WKB.
 *
 * <p>Not thread safe per instance: create one per reader or writer.
 */
final class GpkgGeometry {
    private static final int HEADER = 8;

    private final WKBWriter writer = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    private final WKBReader reader;

    GpkgGeometry(GeometryFactory factory) {
        this.reader = new WKBReader(factory);
    }

    /** The blob for {@code g} in {@code srsId}, or null for a null geometry. */
    byte[] encode(Geometry g, int srsId) {
        if (g == null) {
            return null;
        }
        boolean empty = g.isEmpty();
        boolean envelope = !empty && !(g instanceof Point);
        byte[] wkb = writer.write(g);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + (envelope ? 32 : 0) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 'G').put((byte) 'P').put((byte) 0);
        int flags = 1; // little-endian header
        if (envelope) {
            flags |= 1 << 1;
        }
        if (empty) {
            flags |= 1 << 4;
        }
        buf.put((byte) flags).putInt(srsId);
        if (envelope) {
            Envelope e = g.getEnvelopeInternal();
            buf.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        buf.put(wkb);
        return buf.array();
    }

    /**
     * The geometry in {@code blob}, or null for SQL NULL.
     *
     * @throws IllegalArgumentException with a short reason when the blob is not a GeoPackage geometry
     */
    Geometry decode(byte[] blob) {
        if (blob == null) {
            return null;
        }
        if (blob.length < HEADER || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("no GP header");
        }
        int flags = blob[3];
        int envelopeKind = (flags >> 1) & 0x7;
        int envelopeBytes = switch (envelopeKind) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("envelope indicator " + envelopeKind);
        };
        ByteBuffer buf = ByteBuffer.wrap(blob).order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int srsId = buf.getInt(4);
        int start = HEADER + envelopeBytes;
        if (start > blob.length) {
            throw new IllegalArgumentException("truncated header");
        }
        byte[] wkb = new byte[blob.length - start];
        System.arraycopy(blob, start, wkb, 0, wkb.length);
        try {
            Geometry g = reader.read(wkb);
            g.setSRID(srsId);
            return g;
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("WKB: " + e.getMessage(), e);
        }
    }
}
