package org.villageplanner.importer;

import java.util.List;
import java.util.function.Function;
import org.villageplanner.service.ExportRow;

/**
 * The attribute columns every export writes, in order: the canonical names of CLI.md "Village fields" (so that an
 * export can be imported again), then the cluster and strength of the chosen scenario. {@code dbfName} is the
 * name used in Shapefiles, whose column names are at most 10 bytes; the importer knows these short names too.
 */
final class ExportColumns {
    /** How a column's values are written. */
    enum Type { TEXT, INTEGER, MONEY, NUMBER, BOOLEAN }

    record Column(String name, String dbfName, Type type, Function<ExportRow, Object> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("code", "code", Type.TEXT, r -> r.village().code()),
            new Column("name", "name", Type.TEXT, r -> r.village().name()),
            new Column("town", "town", Type.TEXT, r -> r.village().town()),
            new Column("population", "population", Type.INTEGER, r -> r.village().population()),
            new Column("households", "households", Type.INTEGER, r -> r.village().households()),
            new Column("total_income", "total_inc", Type.MONEY, r -> r.village().totalIncome()),
            new Column("operating_income", "oper_inc", Type.MONEY, r -> r.village().operatingIncome()),
            new Column("assets", "assets", Type.MONEY, r -> r.village().assets()),
            new Column("idle_land_mu", "idle_land", Type.NUMBER, r -> r.village().idleLandMu()),
            new Column("idle_houses", "idle_house", Type.INTEGER, r -> r.village().idleHouses()),
            new Column("resources", "resources", Type.TEXT, r -> String.join(";", r.village().resources())),
            new Column("mountain", "mountain", Type.BOOLEAN, r -> r.village().mountain()),
            new Column("cluster", "cluster", Type.TEXT, ExportRow::clusterId),
            new Column("cluster_name", "clus_name", Type.TEXT, ExportRow::clusterName),
            new Column("strength", "strength", Type.TEXT, r -> r.strength() == null ? null : r.strength().name()),
            new Column("cluster_type", "clus_type", Type.TEXT, ExportRow::clusterType),
            new Column("cluster_leader", "clus_lead", Type.BOOLEAN,
                    r -> r.clusterId() == null ? null : r.leader()));

    private ExportColumns() {
    }
}
