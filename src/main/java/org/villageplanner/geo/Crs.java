package org.villageplanner.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.villageplanner.domain.PlannerException;

/**
 * Recognises a coordinate system as an EPSG code, from what files say about it: {@code "EPSG:4549"}, a bare code,
 * an OGC URN or URL ({@code urn:ogc:def:crs:EPSG::4549}, CRS84), or WKT — OGC WKT1/WKT2 with an EPSG authority, or
 * the ESRI WKT of {@code .prj} files, whose names ({@code CGCS2000_3_Degree_GK_CM_117E},
 * {@code CGCS2000_3_Degree_GK_Zone_39}) are mapped to EPSG codes here because they carry none.
 *
 * <p>Known without an authority: WGS 84 (4326), Web Mercator (3857), CGCS2000 (4490) and its Gauss–Krüger
 * projections: 6° zones 4491–4501 and central-meridian variants 4502–4512, 3° zones 4513–4533 and CM variants
 * 4534–4554. A CGCS2000 transverse Mercator WKT with another name is recognised from its parameters.
 * Anything else throws a {@link PlannerException} ({@code crs.unknown}) quoting the name that was found.
 * Stateless and thread-safe.
 */
public final class Crs {
    public static final int WGS84 = 4326;
    public static final int CGCS2000 = 4490;
    public static final int WEB_MERCATOR = 3857;

    private static final Pattern CODE = Pattern.compile(
            "(?:EPSG:|URN:OGC:DEF:CRS:EPSG:[0-9.]*:|HTTPS?://WWW\\.OPENGIS\\.NET/DEF/CRS/EPSG/[0-9.]+/)?(\\d{4,6})");
    private static final Pattern GK3_ZONE = Pattern.compile("CGCS_?2000_3_DEGREE_GK_ZONE_(\\d+)");
    private static final Pattern GK3_CM = Pattern.compile("CGCS_?2000_3_DEGREE_GK_CM_(\\d+)_?E");
    private static final Pattern GK6_ZONE = Pattern.compile("CGCS_?2000_GK_ZONE_(\\d+)");
    private static final Pattern GK6_CM = Pattern.compile("CGCS_?2000_GK_CM_(\\d+)_?E");

    private Crs() {
    }

    /**
     * The EPSG code of {@code text}.
     *
     * @param where the file (and layer) the text came from, for the message
     * @throws PlannerException {@code crs.unknown} when the coordinate system is not recognised
     */
    public static int epsgOf(String text, String where) {
        if (text == null || text.isBlank()) {
            throw new PlannerException("crs.missing", where);
        }
        String t = text.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        Matcher code = CODE.matcher(upper);
        if (code.matches()) {
            return Integer.parseInt(code.group(1));
        }
        if (upper.endsWith("CRS84") || upper.equals("WGS84") || upper.equals("WGS 84")) {
            return WGS84;
        }
        if (t.contains("[") || t.contains("(")) {
            CrsWkt.Node root;
            try {
                root = CrsWkt.parse(t);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new PlannerException(e, "crs.badWkt", where, abbreviate(t), String.valueOf(e.getMessage()));
            }
            Optional<Integer> found = fromAuthority(root).or(() -> fromName(root)).or(() -> fromParameters(root));
            return found.orElseThrow(() -> new PlannerException("crs.unknown", where, root.name()));
        }
        throw new PlannerException("crs.unknown", where, abbreviate(t));
    }

    /** {@code "EPSG:" + code}. */
    public static String name(int epsg) {
        return "EPSG:" + epsg;
    }

    private static Optional<Integer> fromAuthority(CrsWkt.Node root) {
        for (CrsWkt.Node id : root.children("AUTHORITY", "ID")) {
            if (id.name().equalsIgnoreCase("EPSG") && id.args().size() > 1) {
                Object v = id.args().get(1);
                try {
                    return Optional.of(v instanceof Double d ? d.intValue() : Integer.parseInt(v.toString().trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** ESRI and OGC names of the systems we support, normalised so that both spellings match. */
    private static Optional<Integer> fromName(CrsWkt.Node root) {
        String n = normalise(root.name());
        boolean geographic = root.keyword().startsWith("GEOG") || root.keyword().equals("GEODCRS");
        if (geographic) {
            if (n.contains("CHINA_GEODETIC_COORDINATE_SYSTEM_2000") || n.equals("CGCS2000") || n.contains("CHINA_2000")) {
                return Optional.of(CGCS2000);
            }
            if (n.equals("GCS_WGS_1984") || n.equals("WGS_84") || n.equals("WGS_1984")) {
                return Optional.of(WGS84);
            }
            return Optional.empty();
        }
        if (n.contains("WEB_MERCATOR") || n.contains("PSEUDO_MERCATOR")) {
            return Optional.of(WEB_MERCATOR);
        }
        Matcher m;
        if ((m = GK3_ZONE.matcher(n)).matches()) {
            return inRange(4513 + Integer.parseInt(m.group(1)) - 25, 4513, 4533);
        }
        if ((m = GK3_CM.matcher(n)).matches()) {
            int cm = Integer.parseInt(m.group(1));
            return cm % 3 == 0 ? inRange(4534 + (cm - 75) / 3, 4534, 4554) : Optional.empty();
        }
        if ((m = GK6_ZONE.matcher(n)).matches()) {
            return inRange(4491 + Integer.parseInt(m.group(1)) - 13, 4491, 4501);
        }
        if ((m = GK6_CM.matcher(n)).matches()) {
            int cm = Integer.parseInt(m.group(1));
            return (cm - 75) % 6 == 0 ? inRange(4502 + (cm - 75) / 6, 4502, 4512) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A CGCS2000 transverse Mercator with scale 1 and origin latitude 0 is one of the Gauss–Krüger systems; which
     * one follows from the central meridian and the false easting (zone number × 10⁶ + 500 000, or 500 000 alone).
     */
    private static Optional<Integer> fromParameters(CrsWkt.Node root) {
        if (!root.keyword().startsWith("PROJ")) {
            return Optional.empty();
        }
        String datum = root.find("DATUM").map(d -> normalise(d.name())).orElse("");
        String projection = root.find("PROJECTION", "METHOD").map(p -> normalise(p.name())).orElse("");
        boolean cgcs = datum.contains("CHINA_2000") || datum.contains("CGCS2000")
                || datum.contains("CHINA_GEODETIC_COORDINATE_SYSTEM_2000");
        boolean tm = projection.contains("TRANSVERSE_MERCATOR") || projection.contains("GAUSS_KRUGER")
                || projection.equals("GK");
        if (!cgcs || !tm) {
            return Optional.empty();
        }
        double scale = root.parameter("scale_factor").orElse(root.parameter("Scale factor at natural origin")
                .orElse(1.0));
        double lat0 = root.parameter("latitude_of_origin").orElse(0.0);
        double northing = root.parameter("false_northing").orElse(0.0);
        Optional<Double> cmValue = root.parameter("central_meridian")
                .or(() -> root.parameter("Longitude of natural origin"));
        Optional<Double> feValue = root.parameter("false_easting");
        if (scale != 1 || lat0 != 0 || northing != 0 || cmValue.isEmpty() || feValue.isEmpty()) {
            return Optional.empty();
        }
        double cm = cmValue.get();
        double fe = feValue.get();
        if (cm != Math.rint(cm)) {
            return Optional.empty();
        }
        int meridian = (int) cm;
        if (fe == 500_000 && (meridian - 75) % 3 == 0) {
            return inRange(4534 + (meridian - 75) / 3, 4534, 4554);
        }
        double zone = (fe - 500_000) / 1_000_000;
        if (zone != Math.rint(zone)) {
            return Optional.empty();
        }
        int z = (int) zone;
        if (z >= 25 && z <= 45 && meridian == 3 * z) {
            return Optional.of(4513 + z - 25);
        }
        if (z >= 13 && z <= 23 && meridian == 6 * z - 3) {
            return Optional.of(4491 + z - 13);
        }
        return Optional.empty();
    }

    private static Optional<Integer> inRange(int code, int min, int max) {
        return code >= min && code <= max ? Optional.of(code) : Optional.empty();
    }

    static String normalise(String name) {
        String n = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return n.replace("GAUSS_KRUGER", "GK").replace("GAUSS_KRÜGER", "GK");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}
