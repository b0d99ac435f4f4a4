package org.villageplanner.ui.importing;

import java.util.ArrayList;
import java.util.List;
import org.villageplanner.ui.common.I18n;

/**
 * A coordinate system the planner can pick in the import dialog: {@code code} is what the import is told
 * ("EPSG:4549"), or null for "as the file says". The list holds WGS 84, CGCS2000 geographic (EPSG:4490), Web
 * Mercator and every CGCS2000 Gauss–Krüger projection (EPSG:4491–4554), the systems Chinese survey data comes in.
 */
public record CrsChoice(String code, String label) {
    public static final CrsChoice FROM_FILE = new CrsChoice(null, "");

    @Override
    public String toString() {
        return code == null ? I18n.t("uiimport.crs.fromFile") : code + "  " + label;
    }

    /** All choices, "as the file says" first. */
    public static List<CrsChoice> all() {
        List<CrsChoice> out = new ArrayList<>(List.of(FROM_FILE,
                new CrsChoice("EPSG:4490", I18n.t("uiimport.crs.cgcs2000")),
                new CrsChoice("EPSG:4326", I18n.t("uiimport.crs.wgs84")),
                new CrsChoice("EPSG:3857", I18n.t("uiimport.crs.webMercator"))));
        for (int zone = 25; zone <= 45; zone++) {
            out.add(new CrsChoice("EPSG:" + (4513 + zone - 25), I18n.t("uiimport.crs.gk3Zone", zone)));
        }
        for (int cm = 75; cm <= 135; cm += 3) {
            out.add(new CrsChoice("EPSG:" + (4534 + (cm - 75) / 3), I18n.t("uiimport.crs.gk3Cm", cm)));
        }
        for (int zone = 13; zone <= 23; zone++) {
            out.add(new CrsChoice("EPSG:" + (4491 + zone - 13), I18n.t("uiimport.crs.gk6Zone", zone)));
        }
        for (int cm = 75; cm <= 135; cm += 6) {
            out.add(new CrsChoice("EPSG:" + (4502 + (cm - 75) / 6), I18n.t("uiimport.crs.gk6Cm", cm)));
        }
        return out;
    }

    /** The label of {@code code} in {@link #all()}, or empty when it is not listed. */
    public static String labelOf(String code) {
        return all().stream().filter(c -> code != null && code.equals(c.code())).map(CrsChoice::label).findFirst()
                .orElse("");
    }
}
