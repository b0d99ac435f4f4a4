package org.villageplanner.service;

import java.nio.file.Path;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;
import org.villageplanner.report.ReportFixtures;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Benchmark runner, on demand (not a unit test): the whole plan export — simulate, lay out, save — of a
 * county-scale project. Without arguments a 20 × 13 grid of 260 villages in 78 clusters; with {@code PROJECT.gpkg}
 * that project with clusters of neighbours added ({@link ReportBench#withClusters}). {@code planner bench report}
 * does the same from the command line.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.villageplanner.service.ReportBenchmark [PROJECT.gpkg]</pre>
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        Messages.setLocale(Messages.CHINESE);
        GeoPackageRepository repository = new GeoPackageRepository();
        ReportService service = new ReportService(repository, new PdfPlanReportWriter(), new GeoJsonReader(),
                Path.of("maps"));
        PlanProject project = args.length > 0 ? ReportBench.withClusters(repository.read(Path.of(args[0])), 4)
                : ReportFixtures.project(20, 13);
        String scenario = args.length > 0 ? ReportBench.SCENARIO : "方案A";
        ReportBench.Figures f = ReportBench.run(service, project, scenario, 3);
        System.out.printf("plan PDF: %d villages, %d clusters, %d pages: first %.2f s (%.2f s CPU), best of 3 after "
                + "it %.2f s, %.2f MB%n", f.villages(), f.clusters(), f.pages(), f.firstSeconds(), f.firstCpuSeconds(),
                f.bestSeconds(), f.bytes() / 1e6);
    }
}
