package org.villageplanner.ui.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping as the user left it, per column: the field, 万元 or not, and whether the unit was said by hand. Applied
 * to a new preview of the same file (after a change of CRS or encoding, or when the dialog is opened again) so that
 * nothing the user chose is lost; columns the new reading does not have are ignored.
 */
final class MappingMemory {
    private MappingMemory() {
    }

    record Choice(String field, boolean wan, boolean unitSaid) {
    }

    static Map<String, Choice> of(List<ImportViewModel.MappingRow> rows) {
        Map<String, Choice> out = new LinkedHashMap<>();
        for (ImportViewModel.MappingRow r : rows) {
            out.put(r.column, new Choice(r.field.get(), r.wan.get(),
                    r.unitSaid.get()));
        }
        return out;
    }

    static void apply(Map<String, Choice> remembered, List<ImportViewModel.MappingRow> rows) {
        if (remembered == null) {
            return;
        }
        for (ImportViewModel.MappingRow r : rows) {
            Choice c = remembered.get(r.column);
            if (c != null) {
                r.field.set(c.field());
                r.wan.set(c.wan());
                r.unitSaid.set(c.unitSaid());
            }
        }
    }
}
