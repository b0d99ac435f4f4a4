package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.util.Locale;
import java.util.regex.Pattern;
import org.villageplanner.domain.PlannerException;

/**
 * How a reference layer is drawn, in the app, in the plan PDF and (as SLD and QML in {@code layer_styles}) in QGIS.
 *
 * @param stroke     outline or line colour, {@code #rrggbb}
 * @param widthMm    line width in millimetres (as QGIS measures it)
 * @param fill       fill colour for polygons and point markers, {@code #rrggbb}, or null for no fill
 * @param fillOpacity 0–1, for the fill only
 * @param labelField attribute drawn as a label, or null
 */
public record LayerStyle(String stroke, double widthMm, String fill, @Units.Fraction double fillOpacity, String labelField) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public LayerStyle {
        stroke = colour(stroke, "stroke");
        fill = fill == null || fill.isBlank() || fill.equalsIgnoreCase("none") ? null : colour(fill, "fill");
        if (!(widthMm > 0 && widthMm <= 20)) {
            throw new PlannerException("layers.style.width", widthMm);
        }
        if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
            throw new PlannerException("layers.style.opacity", fillOpacity);
        }
        labelField = labelField == null || labelField.isBlank() ? null : labelField;
    }

    /** The default look for a geometry family: blue water-like lines, grey roads, pale areas, dark points. */
    public static LayerStyle defaultFor(GeometryFamily family) {
        return switch (family) {
            case POINT -> new LayerStyle("#333333", 0.4, "#e8a33d", 1.0, null);
            case LINE -> new LayerStyle("#5b7f9e", 0.8, null, 0, null);
            case POLYGON, MIXED -> new LayerStyle("#6a8caf", 0.4, "#a9c8e6", 0.5, null);
        };
    }

    public LayerStyle withStroke(String c) {
        return new LayerStyle(c, widthMm, fill, fillOpacity, labelField);
    }

    public LayerStyle withWidth(double w) {
        return new LayerStyle(stroke, w, fill, fillOpacity, labelField);
    }

    public LayerStyle withFill(String f) {
        return new LayerStyle(stroke, widthMm, f, fillOpacity, labelField);
    }

    public LayerStyle withLabel(String field) {
        return new LayerStyle(stroke, widthMm, fill, fillOpacity, field);
    }

    private static String colour(String value, String field) {
        if (value == null || !COLOUR.matcher(value).matches()) {
            throw new PlannerException("layers.style.colour", field, value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** Points, lines, polygons, or a layer that mixes them. */
    public enum GeometryFamily { POINT, LINE, POLYGON, MIXED }
}
