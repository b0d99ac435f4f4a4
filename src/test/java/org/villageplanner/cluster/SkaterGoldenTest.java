package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.Main;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.sample.SyntheticProject;

/**
 * Our suggester against the real SKATER of R spdep, from fixtures made once by
 * {@code src/test/resources/skater/make-fixtures.R} (no R needed here). For each case: the fixture's villages and
 * raw attributes are ours; R's rook contiguity is our adjacency graph; OUR SSD of R's partition equals the SSD R
 * wrote (so the objective is the same, to 1e-9 relative); and our suggestion at the same K has an SSD no worse
 * than SKATER's (DESIGN.md's bar).
 */
class SkaterGoldenTest {
    /**
     * The one pair R's contiguity (rook, 5 m snap, shared boundary over 20 m) has and ours does not: an exact
     * shared border of 14 m that R's buffered measure puts just over 20 m and our SharedBorder just under.
     */
    private static final Set<String> BORDERLINE = Set.of("990003000067-990003000086");
    private static final Path DIR = Path.of(System.getProperty("planner.repo", "."), "src/test/resources/skater");

    @ParameterizedTest(name = "{0}, K={1}")
    @CsvSource(textBlock = """
            longshan,        3
            longshan,        5
            longshan,        8
            county300-seed5, 10
            county300-seed5, 20
            county300-seed5, 40
            """)
    void ourSuggestionIsAtLeastAsHomogeneousAsSpdepSkater(String name, int k) throws IOException {
        List<Village> vs = villages(name);
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        Set<String> r = edges(Files.readAllLines(DIR.resolve(name + "-edges.csv")));
        Set<String> ourEdges = edges(g);
        assertEquals(name.equals("longshan") ? Set.of() : BORDERLINE, difference(r, ourEdges),
                "R's neighbour pairs that we do not have");
        assertEquals(Set.of(), difference(ourEdges, r), "our neighbour pairs that R does not have");

        List<String> lines = Files.readAllLines(DIR.resolve(name + "-k" + k + ".csv"), StandardCharsets.UTF_8);
        double rSsd = Double.parseDouble(lines.get(1).replaceAll(".*ssd=(\\S+).*", "$1"));
        Map<String, Village> byCode = vs.stream().collect(Collectors.toMap(Village::code, Function.identity()));
        List<String> rows = lines.subList(3, lines.size());
        assertEquals(vs.size(), rows.size(), "one fixture row per village");
        int[] label = new int[vs.size()];
        for (String row : rows) {
            String[] f = row.split(",");
            Village v = byCode.get(f[0]);
            assertTrue(v != null, "fixture village " + f[0] + " is ours");
            assertEquals(Double.parseDouble(f[2]), v.operatingIncome(), 1e-6, f[0] + " operating_income");
            assertEquals(Double.parseDouble(f[3]), v.totalIncome(), 1e-6, f[0] + " total_income");
            assertEquals(Double.parseDouble(f[4]), v.population(), 1e-6, f[0] + " population");
            label[g.indexOf(f[0])] = Integer.parseInt(f[1]);
        }
        double[][] x = new AttributeTable(vs, AttributeTable.DEFAULT).rows();
        double ourSsdOfR = Skater.ssd(label, x);
        assertEquals(rSsd, ourSsdOfR, 1e-9 * rSsd, "our SSD of spdep's partition equals R's");
        assertEquals(k, java.util.Arrays.stream(label).max().orElse(-1) + 1, "spdep reached K");

        SizeBounds bounds = new SizeBounds(1, vs.size());
        Suggestion ours = ClusterSuggester.suggest(vs, g, Scenario.empty("s"),
                SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withBounds(bounds).withClusters(k).withSeed(1));
        assertEquals(k, ours.clusters().size());
        ClusterSuggesterTest.assertPassesAllRules(vs, ours, bounds);
        double ourSsd = ours.objective().value();
        System.out.printf("skater-golden %s K=%d ours=%.6f spdep=%.6f%n", name, k, ourSsd, rSsd);
        assertTrue(ourSsd <= rSsd + 1e-9, "ours " + ourSsd + " vs spdep SKATER " + rSsd);
    }

    private static List<Village> villages(String name) {
        if (name.equals("longshan")) {
            Path gpkg = Path.of(System.getProperty("planner.repo", "."), "samples", "longshan.gpkg");
            return Main.services().projects().open(gpkg).villages();
        }
        return SyntheticProject.generate(300, 5).villages();
    }

    private static Set<String> edges(List<String> csv) {
        return csv.stream().skip(1).map(l -> l.split(",")).map(p -> pair(p[0], p[1]))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> edges(AdjacencyGraph g) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < g.degree(i); j++) {
                out.add(pair(g.code(i), g.code(g.neighbour(i, j))));
            }
        }
        return out;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }
}
