package org.villageplanner.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.service.ColumnRecognizer;

/**
 * {@link ColumnRecognizer} over {@link ColumnMapping}: the automatic part of the mapping an import would use, as
 * a guess per column. Stateless and thread-safe.
 */
public final class ColumnRecognition implements ColumnRecognizer {
    @Override
    public List<Guess> recognise(List<String> columns) {
        ColumnMapping mapping = ColumnMapping.resolve(columns, Map.of(), "");
        Map<String, VillageColumn> byColumn = new HashMap<>();
        mapping.fields().forEach((field, source) -> byColumn.put(source.column(), field));
        List<Guess> out = new ArrayList<>();
        for (String column : columns) {
            VillageColumn field = byColumn.get(column);
            boolean wan = field == null ? ColumnHeader.parse(column).wan() : mapping.source(field).wan();
            out.add(new Guess(column, field == null ? null : field.canonical, wan));
        }
        return out;
    }

    @Override
    public List<String> fields() {
        return Arrays.stream(VillageColumn.values()).map(f -> f.canonical).toList();
    }

    @Override
    public boolean isMoney(String field) {
        VillageColumn f = VillageColumn.byName(field);
        return f != null && f.kind == VillageColumn.Kind.MONEY;
    }
}
