package org.villageplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.villageplanner.service.Feature;
import org.villageplanner.service.ReferenceLayerStore.FeatureLayerData;

/** Creates one reference layer's feature table, fills it and registers it, inside the caller's transaction. */
final class LayerTable {
    private LayerTable() {
    }

    static void create(Connection c, String table, FeatureLayerData layer) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(Sql.q(table))
                .append(" (\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \"geom\" ")
                .append(layer.geometryType());
        for (int i = 0; i < layer.columns().size(); i++) {
            ddl.append(", ").append(Sql.q(layer.columns().get(i))).append(' ').append(layer.columnTypes().get(i));
        }
        Migrations.exec(c, ddl.append(')').toString());
        insert(c, table, layer);
        Envelope e = new Envelope();
        layer.features().forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        Sql.update(c, "INSERT INTO \"gpkg_contents\" (\"table_name\", \"data_type\", \"identifier\", \"description\","
                + " \"min_x\", \"min_y\", \"max_x\", \"max_y\", \"srs_id\") VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)",
                table, table, "Reference layer", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), SpatialRefs.WGS84);
        Sql.update(c, "INSERT INTO \"gpkg_geometry_columns\" VALUES (?, 'geom', ?, ?, 0, 0)", table,
                layer.geometryType(), SpatialRefs.WGS84);
    }

    private static void insert(Connection c, String table, FeatureLayerData layer) throws SQLException {
        GpkgGeometry blobs = new GpkgGeometry(new GeometryFactory(new PrecisionModel(), SpatialRefs.WGS84));
        List<String> cols = layer.columns();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(Sql.q(table)).append(" (\"geom\"");
        cols.forEach(col -> sql.append(", ").append(Sql.q(col)));
        sql.append(") VALUES (?").append(", ?".repeat(cols.size())).append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (Feature f : layer.features()) {
                ps.setBytes(1, blobs.encode(f.geometry(), SpatialRefs.WGS84));
                for (int i = 0; i < cols.size(); i++) {
                    Object v = f.attributes().get(cols.get(i));
                    boolean text = layer.columnTypes().get(i).equals("TEXT");
                    ps.setObject(i + 2, v instanceof Boolean b && !text ? (b ? 1 : 0) : text && v != null
                            ? v.toString() : v);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
