package org.villageplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.villageplanner.service.LayerStyle;

/**
 * A reference layer's style in the {@code layer_styles} table that QGIS reads from a GeoPackage (the table and
 * columns QGIS itself creates), as SLD 1.0 (readable by any OGC client) and as a small QML (which QGIS applies
 * when it opens the layer). Both describe the same single symbol and optional label.
 */
final class LayerStyles {
    private LayerStyles() {
    }

    static void ensureTable(Connection c) throws SQLException {
        if (Sql.tableExists(c, ReferenceTables.STYLES)) {
            return;
        }
        Migrations.exec(c, "CREATE TABLE \"layer_styles\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " \"f_table_catalog\" TEXT(256), \"f_table_schema\" TEXT(256), \"f_table_name\" TEXT(256),"
                + " \"f_geometry_column\" TEXT(256), \"styleName\" TEXT(30), \"styleQML\" TEXT, \"styleSLD\" TEXT,"
                + " \"useAsDefault\" BOOLEAN, \"description\" TEXT, \"owner\" TEXT(30), \"ui\" TEXT(30),"
                + " \"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
        Sql.update(c, "INSERT INTO \"gpkg_contents\" (\"table_name\", \"data_type\", \"identifier\", \"description\")"
                + " VALUES ('layer_styles', 'attributes', 'layer_styles', ?)", "Layer styles (QGIS)");
    }

    /** Replaces the default style of {@code table}. */
    static void write(Connection c, String table, String geometryType, LayerStyle style, double opacity)
            throws SQLException {
        ensureTable(c);
        delete(c, table);
        Sql.update(c, "INSERT INTO \"layer_styles\" (\"f_table_catalog\", \"f_table_schema\", \"f_table_name\","
                + " \"f_geometry_column\", \"styleName\", \"styleQML\", \"styleSLD\", \"useAsDefault\","
                + " \"description\", \"owner\", \"ui\") VALUES ('', '', ?, 'geom', ?, ?, ?, 1, ?, '', NULL)", table,
                table, qml(geometryType, style, opacity), sld(table, geometryType, style, opacity),
                "Village Cluster Planner reference layer");
    }

    static void delete(Connection c, String table) throws SQLException {
        if (!Sql.tableExists(c, ReferenceTables.STYLES)) {
            return;
        }
        Sql.update(c, "DELETE FROM \"layer_styles\" WHERE \"f_table_name\" = ?", table);
    }

    private static String kind(String geometryType) {
        String t = geometryType.toUpperCase(Locale.ROOT);
        return t.contains("POINT") ? "point" : t.contains("LINE") ? "line" : "fill";
    }

    static String sld(String table, String geometryType, LayerStyle s, double opacity) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"")
                .append(" xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/sld")
                .append(" http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd\">\n")
                .append(" <NamedLayer>\n  <Name>").append(xml(table)).append("</Name>\n  <UserStyle>\n   <Name>")
                .append(xml(table)).append("</Name>\n   <FeatureTypeStyle>\n    <Rule>\n");
        String stroke = "      <Stroke>\n" + css("stroke", s.stroke()) + css("stroke-width", px(s.widthMm()))
                + css("stroke-opacity", num(opacity)) + "      </Stroke>\n";
        String fill = s.fill() == null ? "" : "      <Fill>\n" + css("fill", s.fill())
                + css("fill-opacity", num(s.fillOpacity() * opacity)) + "      </Fill>\n";
        switch (kind(geometryType)) {
            case "point" -> b.append("     <PointSymbolizer>\n      <Graphic>\n       <Mark>\n")
                    .append("        <WellKnownName>circle</WellKnownName>\n").append(fill.replace("      <", "        <"))
                    .append(stroke.replace("      <", "        <")).append("       </Mark>\n       <Size>")
                    .append(px(Math.max(2, s.widthMm() * 6))).append("</Size>\n      </Graphic>\n")
                    .append("     </PointSymbolizer>\n");
            case "line" -> b.append("     <LineSymbolizer>\n").append(stroke).append("     </LineSymbolizer>\n");
            default -> b.append("     <PolygonSymbolizer>\n").append(fill).append(stroke)
                    .append("     </PolygonSymbolizer>\n");
        }
        if (s.labelField() != null) {
            b.append("     <TextSymbolizer>\n      <Label><ogc:PropertyName>").append(xml(s.labelField()))
                    .append("</ogc:PropertyName></Label>\n      <Fill>\n").append(css("fill", "#000000"))
                    .append("      </Fill>\n     </TextSymbolizer>\n");
        }
        return b.append("    </Rule>\n   </FeatureTypeStyle>\n  </UserStyle>\n </NamedLayer>\n")
                .append("</StyledLayerDescriptor>\n").toString();
    }

    static String qml(String geometryType, LayerStyle s, double opacity) {
        String kind = kind(geometryType);
        String stroke = rgba(s.stroke(), 1);
        String fill = s.fill() == null ? "0,0,0,0" : rgba(s.fill(), s.fillOpacity());
        StringBuilder layer = new StringBuilder();
        switch (kind) {
            case "point" -> layer.append("<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\">")
                    .append(option("name", "circle")).append(option("color", fill))
                    .append(option("outline_color", stroke)).append(option("outline_width", num(s.widthMm() / 2)))
                    .append(option("size", num(Math.max(1, s.widthMm() * 5)))).append("</layer>");
            case "line" -> layer.append("<layer class=\"SimpleLine\" enabled=\"1\" pass=\"0\" locked=\"0\">")
                    .append(option("line_color", stroke)).append(option("line_width", num(s.widthMm())))
                    .append(option("line_width_unit", "MM")).append(option("line_style", "solid")).append("</layer>");
            default -> layer.append("<layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">")
                    .append(option("color", fill)).append(option("style", s.fill() == null ? "no" : "solid"))
                    .append(option("outline_color", stroke)).append(option("outline_width", num(s.widthMm())))
                    .append(option("outline_width_unit", "MM")).append("</layer>");
        }
        String labels = s.labelField() == null ? "" : "<labeling type=\"simple\"><settings><text-style fieldName=\""
                + xml(s.labelField()) + "\" fontSize=\"9\" textColor=\"0,0,0,255\"/></settings></labeling>";
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                + "<qgis version=\"3.28.0\" styleCategories=\"Symbology|Labeling|Rendering\""
                + " labelsEnabled=\"" + (s.labelField() == null ? 0 : 1) + "\">\n"
                + "<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">"
                + "<symbols><symbol type=\"" + kind + "\" name=\"0\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                + layer + "</symbol></symbols><rotation/><sizescale/></renderer-v2>\n" + labels
                + "<layerOpacity>" + num(opacity) + "</layerOpacity>\n</qgis>\n";
    }

    private static String option(String k, String v) {
        return "<prop k=\"" + k + "\" v=\"" + xml(v) + "\"/>";
    }

    private static String css(String name, String value) {
        return "       <CssParameter name=\"" + name + "\">" + xml(value) + "</CssParameter>\n";
    }

    /** Millimetres as SLD pixels (0.28 mm each, the SLD standard rendering pixel). */
    private static String px(double mm) {
        return num(mm / 0.28);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
    }

    private static String rgba(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return ((rgb >> 16) & 255) + "," + ((rgb >> 8) & 255) + "," + (rgb & 255) + "," + Math.round(alpha * 255);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
