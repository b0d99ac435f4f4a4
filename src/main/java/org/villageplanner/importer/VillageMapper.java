package org.villageplanner.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.CommitteeNames;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.Crs;
import org.villageplanner.geo.CrsTransform;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.Progress;
import org.villageplanner.service.VillageConverter;

/**
 * Turns a layer into villages and merges them into a project's villages (see {@link VillageConverter}): recognises
 * the columns ({@link ColumnMapping}), converts 万元 to yuan, checks every value, shortens committee names
 * ({@link CommitteeNames}), repairs invalid polygons with a warning naming the feature, and reprojects to EPSG:4326.
 * A layer without a CRS whose coordinates all look like degrees is taken as EPSG:4326, with a warning.
 * Stateless; each call is independent.
 */
public final class VillageMapper implements VillageConverter {
    static final int CANCEL_EVERY = 16;

    @Override
    public Map<String, String> suspectWan(FeatureLayer layer, Map<String, String> fieldMap) {
        String file = Path.of(layer.file()).getFileName().toString();
        Map<String, String> out = new LinkedHashMap<>();
        MappingSummary.suspectWan(layer, ColumnMapping.resolve(layer.columns(), fieldMap, file))
                .forEach((f, c) -> out.put(f.canonical, c));
        return out;
    }

    @Override
    public Merge merge(FeatureLayer layer, Map<String, String> fieldMap, String crs, List<Village> existing,
            boolean moneyAsYuan) {
        return merge(layer, fieldMap, crs, existing, moneyAsYuan, Progress.NONE);
    }

    /** As above; looks for a cancel every {@value #CANCEL_EVERY} features (a large layer takes seconds). */
    @Override
    public Merge merge(FeatureLayer layer, Map<String, String> fieldMap, String crs, List<Village> existing,
            boolean moneyAsYuan, Progress progress) {
        String file = Path.of(layer.file()).getFileName().toString();
        ColumnMapping mapping = ColumnMapping.resolve(layer.columns(), fieldMap, file);
        if (!mapping.has(VillageColumn.CODE) && !mapping.has(VillageColumn.NAME)) {
            throw new PlannerException("importer.map.noKey", file, String.join(", ", layer.columns()));
        }
        if (!moneyAsYuan) {
            MappingSummary.refuseWan(layer, mapping, file);
        }
        String clusterId = MappingSummary.clusterColumn(layer.columns(), MappingSummary.CLUSTER_ID);
        String clusterName = MappingSummary.clusterColumn(layer.columns(), MappingSummary.CLUSTER_NAME);
        String clusterType = MappingSummary.clusterColumn(layer.columns(), MappingSummary.CLUSTER_TYPE);
        String clusterLeader = MappingSummary.clusterColumn(layer.columns(), MappingSummary.CLUSTER_LEADER);
        java.util.Set<String> consumed = new java.util.HashSet<>();
        java.util.stream.Stream.of(clusterId, clusterName, clusterType, clusterLeader).filter(java.util.Objects::nonNull).forEach(consumed::add);
        layer.columns().stream().filter(c -> MappingSummary.DERIVED.contains(VillageColumn.normalise(c)))
                .forEach(consumed::add);
        MappingSummary summary = MappingSummary.of(layer, mapping, file, consumed, moneyAsYuan);
        summary.noteShortClusterColumn(clusterName, MappingSummary.CLUSTER_NAME);
        summary.noteShortClusterColumn(clusterType, MappingSummary.CLUSTER_TYPE);
        summary.noteShortClusterColumn(clusterLeader, MappingSummary.CLUSTER_LEADER);
        Map<String, ClusterTag> tags = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(summary.warnings);
        CrsTransform transform = transform(layer, crs, file, warnings);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < existing.size(); i++) {
            index.put(existing.get(i).code(), i);
        }
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < existing.size(); i++) {
            byName.computeIfAbsent(existing.get(i).name(), k -> new ArrayList<>()).add(i);
        }
        List<Village> out = new ArrayList<>(existing);
        Map<String, Integer> seenRows = new LinkedHashMap<>();
        int added = 0;
        int updated = 0;
        int seen = 0;
        List<String> notDivisionCodes = new ArrayList<>();
        for (Feature f : layer.features()) {
            if (seen++ % CANCEL_EVERY == 0) {
                progress.checkCancelled();
            }
            String where = where(layer, file, f.row());
            Map<VillageColumn, Object> values = values(f, mapping, where);
            String code = (String) values.get(VillageColumn.CODE);
            Integer target;
            if (code != null) {
                target = index.get(code);
                if (!DIVISION_CODE.matcher(code).matches()) {
                    notDivisionCodes.add(where + ": " + code);
                }
            } else {
                target = joinByName(values, byName, out, where);
                code = out.get(target).code();
            }
            Integer earlier = seenRows.put(code, f.row());
            if (earlier != null) {
                throw new PlannerException("importer.field.duplicateCode", where, code, earlier);
            }
            Geometry geometry = geometry(f, transform, where, code, warnings);
            ClusterTag tag = clusterTag(f, clusterId, clusterName, clusterType, clusterLeader);
            if (tag != null) {
                tags.put(code, tag);
            }
            if (target == null) {
                if (!values.containsKey(VillageColumn.NAME)) {
                    throw new PlannerException("importer.field.blank", where, "name", "-");
                }
                out.add(build(values, code, null, geometry, where));
                index.put(code, out.size() - 1);
                added++;
            } else {
                out.set(target, build(values, code, out.get(target), geometry, where));
                updated++;
            }
        }
        if (!notDivisionCodes.isEmpty()) {
            // A warning, not an error: test data and other countries' codes are kept as given (CLI.md: code is a
            // 12-digit division code). One message for the file, so a county of short codes is not 300 lines.
            warnings.add(Messages.get("importer.code.notDivisionCode", file, notDivisionCodes.size(),
                    String.join("; ", notDivisionCodes.subList(0, Math.min(3, notDivisionCodes.size())))));
        }
        for (VillageColumn f : added > 0 ? summary.missingMoney : List.<VillageColumn>of()) {
            warnings.add(0, Messages.get("importer.summary.moneyMissing", file, f.canonical, added));
        }
        return new Merge(out, added, updated, warnings, summary.unusedColumns, summary.emptyFields,
                summary.conversions, tags);
    }

    /** The cluster a row names (id, else the name as id), or null when it names none. */
    private static ClusterTag clusterTag(Feature f, String idColumn, String nameColumn, String typeColumn,
            String leaderColumn) {
        String id = idColumn == null ? "" : FieldValues.text(f.attributes().get(idColumn));
        String name = nameColumn == null ? "" : FieldValues.text(f.attributes().get(nameColumn));
        if (id.isEmpty() && name.isEmpty()) {
            return null;
        }
        String type = typeColumn == null ? "" : FieldValues.text(f.attributes().get(typeColumn));
        Object flag = leaderColumn == null ? null : f.attributes().get(leaderColumn);
        boolean leader = Boolean.TRUE.equals(flag) || (flag != null
                && java.util.Set.of("1", "t", "true", "y", "yes", "是").contains(FieldValues.text(flag).toLowerCase()));
        return new ClusterTag(id.isEmpty() ? name : id, name.isEmpty() ? id : name, type, leader);
    }

    @Override
    public List<FieldColumn> recognise(String file, List<String> columns, Map<String, String> fieldMap) {
        ColumnMapping mapping = ColumnMapping.resolve(columns, fieldMap, file);
        List<FieldColumn> out = new ArrayList<>();
        mapping.fields().forEach((f, src) -> out.add(new FieldColumn(f.canonical, src.column(), src.wan())));
        return out;
    }

    /** A village code as CLI.md gives it: the 12-digit division code (区划代码). */
    private static final java.util.regex.Pattern DIVISION_CODE = java.util.regex.Pattern.compile("\\d{12}");

    static String where(FeatureLayer layer, String file, int row) {
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        boolean table = lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".dbf");
        return Messages.get(table ? "importer.where.row" : "importer.where.feature", file, row);
    }

    private static Map<VillageColumn, Object> values(Feature f, ColumnMapping mapping, String where) {
        Map<VillageColumn, Object> values = new EnumMap<>(VillageColumn.class);
        for (Map.Entry<VillageColumn, ColumnMapping.Source> e : mapping.fields().entrySet()) {
            VillageColumn field = e.getKey();
            String column = e.getValue().column();
            Object raw = f.attributes().get(column);
            FieldValues.At at = new FieldValues.At(where, field, column);
            Object value = switch (field.kind) {
                case TEXT -> FieldValues.text(raw);
                case INTEGER -> FieldValues.integer(raw, at);
                case NUMBER -> FieldValues.number(raw, at);
                case MONEY -> FieldValues.money(raw, e.getValue().wan(), at);
                case TAGS -> FieldValues.tags(raw);
                case BOOLEAN -> FieldValues.bool(raw, at);
            };
            if ((field == VillageColumn.CODE || field == VillageColumn.NAME) && ((String) value).isEmpty()) {
                throw new PlannerException("importer.field.blank", where, field.canonical, column);
            }
            if (field == VillageColumn.NAME) {
                value = CommitteeNames.shortName((String) value);
            }
            values.put(field, value);
        }
        return values;
    }

    private static int joinByName(Map<VillageColumn, Object> values, Map<String, List<Integer>> byName,
            List<Village> villages, String where) {
        String name = (String) values.get(VillageColumn.NAME);
        List<Integer> hits = new ArrayList<>(byName.getOrDefault(name, List.of()));
        if (hits.size() > 1 && values.containsKey(VillageColumn.TOWN)) {
            hits.removeIf(i -> !villages.get(i).town().equals(values.get(VillageColumn.TOWN)));
        }
        if (hits.isEmpty()) {
            throw new PlannerException("importer.join.noMatch", where, name);
        }
        if (hits.size() > 1) {
            throw new PlannerException("importer.join.ambiguous", where, name, hits.size());
        }
        return hits.get(0);
    }

    private static Village build(Map<VillageColumn, Object> v, String code, Village old, Geometry geometry,
            String where) {
        Village base = old != null ? old
                : new Village(code, (String) v.get(VillageColumn.NAME), "", null, 0, 0, 0, 0, 0, 0, 0, null, false);
        try {
            return new Village(code,
                    (String) v.getOrDefault(VillageColumn.NAME, base.name()),
                    (String) v.getOrDefault(VillageColumn.TOWN, base.town()),
                    geometry != null ? geometry : base.geometry(),
                    (Integer) v.getOrDefault(VillageColumn.POPULATION, base.population()),
                    (Integer) v.getOrDefault(VillageColumn.HOUSEHOLDS, base.households()),
                    (Double) v.getOrDefault(VillageColumn.TOTAL_INCOME, base.totalIncome()),
                    (Double) v.getOrDefault(VillageColumn.OPERATING_INCOME, base.operatingIncome()),
                    (Double) v.getOrDefault(VillageColumn.ASSETS, base.assets()),
                    (Double) v.getOrDefault(VillageColumn.IDLE_LAND_MU, base.idleLandMu()),
                    (Integer) v.getOrDefault(VillageColumn.IDLE_HOUSES, base.idleHouses()),
                    castTags(v.getOrDefault(VillageColumn.RESOURCES, base.resources())),
                    (Boolean) v.getOrDefault(VillageColumn.MOUNTAIN, base.mountain()));
        } catch (PlannerException e) {
            throw new PlannerException(e, "importer.field.invalid", where, new JsonObjectReader.LocalizedText(e));
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> castTags(Object o) {
        return (java.util.Set<String>) o;
    }

    private static CrsTransform transform(FeatureLayer layer, String crs, String file, List<String> warnings) {
        boolean anyGeometry = layer.features().stream().anyMatch(f -> f.geometry() != null);
        if (!anyGeometry) {
            return null;
        }
        String declared = crs != null ? crs : layer.crs();
        if (declared == null) {
            Envelope env = new Envelope();
            layer.features().stream().filter(f -> f.geometry() != null)
                    .forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
            if (env.getMinX() >= -180 && env.getMaxX() <= 180 && env.getMinY() >= -90 && env.getMaxY() <= 90) {
                warnings.add(Messages.get("importer.crs.assumed", file));
                return CrsTransform.toWgs84(Crs.WGS84, file);
            }
        }
        return CrsTransform.toWgs84(Crs.epsgOf(declared, file), file);
    }

    private static Geometry geometry(Feature f, CrsTransform transform, String where, String code,
            List<String> warnings) {
        if (f.geometry() == null || transform == null) {
            return null;
        }
        GeometryRepair.Result r = GeometryRepair.repair(f.geometry());
        if (r.geometry() == null) {
            throw new PlannerException("importer.geometry.unusable", where, code, f.geometry().getGeometryType());
        }
        if (r.repaired()) {
            warnings.add(Messages.get("importer.geometry.repaired", where, code));
        }
        Geometry g = transform.apply(r.geometry());
        for (Coordinate c : g.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                throw new PlannerException("importer.geometry.outOfRange", where, code, c.x, c.y,
                        Crs.name(transform.source()));
            }
        }
        return g;
    }
}
