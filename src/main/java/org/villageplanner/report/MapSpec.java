package org.villageplanner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.service.MapBackdrop;

/**
 * What one map shows, in EPSG:4326: the extent, grey context outlines, filled areas, outlines drawn on top,
 * labels (placed by priority, a label that would collide is left out) and legend entries. Built by the report
 * sections, drawn by {@link MapRenderer}.
 */
final class MapSpec {
    record Area(Geometry geometry, Color fill, Color stroke, float strokeWidth) {
    }

    /** A name at a place; {@code beside} moves it off the place (a village given as a point keeps its dot visible). */
    record Label(String text, double lon, double lat, float size, int priority, Color color, boolean beside) {
    }

    record LegendEntry(Color color, String text) {
    }

    final Envelope extent;
    final List<Geometry> context = new ArrayList<>();
    final List<Area> areas = new ArrayList<>();
    final List<Area> outlines = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final List<LegendEntry> legend = new ArrayList<>();
    /** Reference layers and basemap under the clusters (see {@link BackdropPainter}). */
    MapBackdrop backdrop = MapBackdrop.NONE;

    MapSpec(Envelope extent) {
        this.extent = new Envelope(extent);
    }
}
