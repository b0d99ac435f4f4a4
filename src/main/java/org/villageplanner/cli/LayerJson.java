package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.ReferenceLayer;

/**
 * JSON of reference layers and the basemap for {@code layer list --json} and {@code basemap set --json}: the
 * records' components, in order, are the keys.
 */
final class LayerJson {
    private LayerJson() {
    }

    /** The layer's components, with {@code table} (the layer's table in the project file, named after it) second. */
    static ObjectNode of(ReferenceLayer l) {
        ObjectNode o = Json.object();
        o.put("name", l.name());
        o.put("table", l.name());
        ObjectNode components = Json.MAPPER.valueToTree(l);
        components.remove("name");
        return o.setAll(components);
    }

    static ObjectNode of(Basemap b) {
        return Json.MAPPER.valueToTree(b);
    }
}
