package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;
import org.villageplanner.report.ReportFixtures;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Benchmark, run on demand (not a unit test): the whole plan export — simulate 方案A and 现状, lay out and save —
 * for a county-scale project of 260 villages in 78 clusters (慈溪: 263 villages, 81 clusters). Prints the first
 * (cold JVM) export and the best of three warm ones, with the file size. Target: under 5 s and 10 MB.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.villageplanner.service.ReportBenchmark [OUT_DIR] [PROJECT.gpkg SCENARIO]</pre>
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    /** Greedy clusters along the adjacency graph, in code order, each grown to {@code max} members when it can. */
    public static List<Cluster> adjacencyClusters(List<Village> villages, int max) {
        AdjacencyGraph graph = AdjacencyGraph.of(villages);
        Map<String, Village> byCode = new HashMap<>();
        villages.forEach(v -> byCode.put(v.code(), v));
        Set<String> used = new HashSet<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Village seed : villages) {
            if (used.contains(seed.code()) || !graph.contains(seed.code())) {
                continue;
            }
            List<Village> members = new ArrayList<>(List.of(seed));
            used.add(seed.code());
            for (int i = 0; i < members.size() && members.size() < max; i++) {
                for (String n : new TreeSet<>(graph.neighbours(members.get(i).code()))) {
                    if (members.size() < max && !used.contains(n)
                            && byCode.get(n).town().equals(seed.town())) {
                        members.add(byCode.get(n));
                        used.add(n);
                    }
                }
            }
            if (members.size() >= 2) {
                clusters.add(ReportFixtures.cluster(clusters.size(), members));
            } else {
                used.remove(seed.code());
            }
        }
        return clusters;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        Messages.setLocale(Messages.CHINESE);
        GeoPackageRepository repository = new GeoPackageRepository();
        PlannerProject project = args.length > 2 ? repository.read(Path.of(args[1]))
                : ReportFixtures.project(20, 13);
        String scenario = args.length > 2 ? args[2] : "方案A";
        if (project.requireScenario(scenario).clusters().isEmpty()) {
            // The county sample ships without clusters: group neighbours (shared border) into clusters of 2–4.
            scenario = "方案B";
            project = project.withScenario(new Scenario(scenario, "", Assumptions.DEFAULTS,
                    adjacencyClusters(project.villages(), 4)));
        }
        ReportService service = new ReportService(repository, new PdfPlanReportWriter(), new GeoJsonReader(),
                Path.of("maps"));
        ReportService.Request request = new ReportService.Request(scenario, List.of("现状"), "benchmark");
        Path out = dir.resolve("county-plan.pdf");
        long t0 = System.nanoTime();
        ReportService.Result r = service.export(project, request, out, Progress.NONE);
        double cold = (System.nanoTime() - t0) / 1e9;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            r = service.export(project, request, out, Progress.NONE);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("plan PDF: %d villages, %d clusters, %d pages: cold %.2f s, warm best of 3 %.2f s, "
                        + "%.2f MB%n", project.villages().size(), project.requireScenario(scenario).clusters().size(),
                r.pages(), cold, best / 1e9, r.bytes() / 1e6);
    }
}
