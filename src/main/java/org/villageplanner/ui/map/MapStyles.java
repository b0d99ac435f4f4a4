package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/** How villages are filled: by cluster (a qualitative palette) or by a numeric field (quantile choropleth). */
public final class MapStyles {
    /** ColorBrewer Set3, light enough for dark labels, with the grey swapped out (grey means unassigned). */
    private static final Color[] CLUSTER_PALETTE = {
        Color.web("#8dd3c7"), Color.web("#fdb462"), Color.web("#bebada"), Color.web("#fb8072"),
        Color.web("#80b1d3"), Color.web("#b3de69"), Color.web("#fccde5"), Color.web("#ffed6f"),
        Color.web("#bc80bd"), Color.web("#ccebc5"), Color.web("#a6cee3"), Color.web("#ffffb3")};
    /** ColorBrewer YlGnBu, five classes. */
    private static final Color[] SEQUENTIAL = {
        Color.web("#ffffcc"), Color.web("#a1dab4"), Color.web("#41b6c4"), Color.web("#2c7fb8"),
        Color.web("#253494")};
    public static final Color UNASSIGNED = Color.web("#e6e6e6");

    /** One line of the legend. */
    public record LegendEntry(Color colour, String label) {
    }

    /** A fill function and its legend. */
    public record Style(Function<Village, Color> fill, List<LegendEntry> legend) {
    }

    private MapStyles() {
    }

    public static Color clusterColour(int index) {
        return CLUSTER_PALETTE[Math.floorMod(index, CLUSTER_PALETTE.length)];
    }

    public static Style byCluster(Scenario scenario) {
        Map<String, Color> colours = new HashMap<>();
        List<LegendEntry> legend = new ArrayList<>();
        List<Cluster> clusters = scenario == null ? List.of() : scenario.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            Color c = clusterColour(i);
            Cluster cluster = clusters.get(i);
            cluster.members().forEach(m -> colours.putIfAbsent(m, c));
            String lock = cluster.locked() ? " \uD83D\uDD12" : "";
            legend.add(new LegendEntry(c, cluster.name() + " (" + cluster.members().size() + ")" + lock));
        }
        legend.add(new LegendEntry(UNASSIGNED, I18n.t("ui.legend.unassigned")));
        return new Style(v -> colours.getOrDefault(v.code(), UNASSIGNED), legend);
    }

    public static Style byField(List<Village> villages, VillageField field) {
        double[] values = villages.stream().mapToDouble(field::of).toArray();
        double[] breaks = VillageField.quantileBreaks(values, SEQUENTIAL.length);
        int offset = SEQUENTIAL.length - breaks.length;
        List<LegendEntry> legend = new ArrayList<>();
        double lower = values.length == 0 ? 0 : java.util.Arrays.stream(values).min().orElse(0);
        for (int i = 0; i < breaks.length; i++) {
            legend.add(new LegendEntry(SEQUENTIAL[i + offset], show(field, lower) + " – " + show(field, breaks[i])));
            lower = breaks[i];
        }
        return new Style(v -> SEQUENTIAL[VillageField.classOf(field.of(v), breaks) + offset], legend);
    }

    private static String show(VillageField field, double value) {
        return field.money() ? Format.number(value / 10_000, 0) : Format.number(value, 0);
    }
}
