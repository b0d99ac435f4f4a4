package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.villageplanner.domain.Messages;
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

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        Messages.setLocale(Messages.CHINESE);
        GeoPackageRepository repository = new GeoPackageRepository();
        PlannerProject project = args.length > 2 ? repository.read(Path.of(args[1]))
                : ReportFixtures.project(20, 13);
        String scenario = args.length > 2 ? args[2] : "方案A";
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
