package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.villageplanner.cluster.ClusterColouring;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/**
 * How villages are filled: by cluster (the graph colouring shared with the plan PDF, {@link ClusterColouring})
 * or by a numeric field (quantile choropleth). The cluster legend summarises: one line per colour in use with
 * its number of clusters, the unassigned villages, and the selected cluster; never one line per cluster.
 */
public final class MapStyles {
    /** ColorBrewer YlGnBu, five classes. */
    private static final Color[] SEQUENTIAL = {
        Color.web("#ffffcc"), Color.web("#a1dab4"), Color.web("#41b6c4"), Color.web("#2c7fb8"),
        Color.web("#253494")};
    public static final Color UNASSIGNED = Color.web(ClusterColouring.UNASSIGNED);
    private static final Color[] CLUSTER_PALETTE = ClusterColouring.PALETTE.stream().map(Color::web)
            .toArray(Color[]::new);

    /** How a legend line's swatch is drawn. */
    public enum Swatch { FILL, OUTLINE, DASHED_RING }

    /**
     * One line of the legend. {@code count} is set for a colour class (how many clusters have the colour): the
     * legend shows those compactly, several to a row, with {@code label} as their tooltip.
     */
    public record LegendEntry(Color colour, String label, Swatch swatch, Integer count) {
        public LegendEntry(Color colour, String label) {
            this(colour, label, Swatch.FILL, null);
        }

        public LegendEntry(Color colour, String label, Swatch swatch) {
            this(colour, label, swatch, null);
        }
    }

    /** A fill function, the colour of each cluster (for outlines and markers) and the legend. */
    public record Style(Function<Village, Color> fill, Function<Cluster, Color> clusterColour,
            List<LegendEntry> legend) {
    }

    private MapStyles() {
    }

    /** The colour of palette entry {@code index} (as {@link ClusterColouring#indexOf} gives it). */
    public static Color clusterColour(int index) {
        return CLUSTER_PALETTE[Math.floorMod(index, CLUSTER_PALETTE.length)];
    }

    /**
     * Fills by cluster. {@code graph} is the village adjacency (null while it is being built: colours then
     * follow the ids only). The legend has the colour classes and the unassigned line; add the selected
     * cluster's line with {@link #selectedEntry}.
     */
    public static Style byCluster(Scenario scenario, AdjacencyGraph graph) {
        List<Cluster> clusters = scenario == null ? List.of() : scenario.clusters();
        ClusterColouring colouring = ClusterColouring.of(clusters, graph);
        List<LegendEntry> legend = new ArrayList<>();
        int[] counts = colouring.counts();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                legend.add(new LegendEntry(CLUSTER_PALETTE[k], I18n.t("ui.legend.colourClass", counts[k]),
                        Swatch.FILL, counts[k]));
            }
        }
        legend.add(new LegendEntry(UNASSIGNED, I18n.t("ui.legend.unassigned")));
        // The scenario's own member index answers which cluster a village is in: no 20,000-entry map per edit.
        if (scenario == null) {
            return new Style(v -> UNASSIGNED, c -> colourOf(colouring, c), legend);
        }
        return new Style(v -> scenario.clusterOf(v.code()).map(c -> colourOf(colouring, c)).orElse(UNASSIGNED),
                c -> colourOf(colouring, c), legend);
    }

    /** The legend line of the selected cluster: its outline colour, name and size. */
    public static LegendEntry selectedEntry(Style clusterStyle, Cluster selected) {
        String lock = selected.locked() ? " \uD83D\uDD12" : "";
        return new LegendEntry(clusterStyle.clusterColour().apply(selected).deriveColor(0, 1.2, 0.55, 1),
                I18n.t("ui.legend.selectedCluster", selected.name(), selected.members().size()) + lock,
                Swatch.OUTLINE);
    }

    private static Color colourOf(ClusterColouring colouring, Cluster c) {
        int k = colouring.indexOf(c.id());
        return k < 0 ? UNASSIGNED : CLUSTER_PALETTE[k];
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
        return new Style(v -> SEQUENTIAL[VillageField.classOf(field.of(v), breaks) + offset], c -> UNASSIGNED.darker(),
                legend);
    }

    private static String show(VillageField field, double value) {
        return field.money() ? Format.number(value / 10_000, 0) : Format.number(value, 0);
    }
}
