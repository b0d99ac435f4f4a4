package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.ReferenceLayer;

/** JSON of reference layers and the basemap for {@code layer list --json} and {@code basemap set --json}. */
final class LayerJson {
    private LayerJson() {
    }

    static ObjectNode of(ReferenceLayer l) {
        ObjectNode o = Json.object();
        o.put("name", l.name());
        o.put("table", l.name());
        o.put("geometryType", l.geometryType());
        o.put("features", l.features());
        o.put("barrier", l.barrier());
        o.put("visible", l.visible());
        o.put("order", l.order());
        o.put("opacity", l.opacity());
        o.put("source", l.source());
        ObjectNode s = o.putObject("style");
        s.put("stroke", l.style().stroke());
        s.put("widthMm", l.style().widthMm());
        s.put("fill", l.style().fill());
        s.put("fillOpacity", l.style().fillOpacity());
        s.put("labelField", l.style().labelField());
        return o;
    }

    static ObjectNode of(Basemap b) {
        ObjectNode o = Json.object();
        o.put("file", b.file());
        o.put("format", b.format());
        o.put("table", b.table());
        o.put("gcj02", b.gcj02());
        o.put("opacity", b.opacity());
        o.put("attribution", b.attribution());
        o.put("minZoom", b.minZoom());
        o.put("maxZoom", b.maxZoom());
        return o;
    }
}
