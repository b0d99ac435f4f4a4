package org.villageplanner.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.villageplanner.Main;
import org.villageplanner.domain.PlanProject;

/**
 * The plan PDF of {@code bench report} (the 慈溪 county sample with clusters of neighbours), exported again in a
 * warm JVM; the time per page is this figure divided by the page count printed at set-up. Run from the repository
 * root (the sample and the maps are read from there).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PdfKernel {
    ReportService reports;
    PlanProject project;
    ReportService.Request request;
    Path dir;
    Path out;

    @Setup
    public void setUp() throws IOException {
        Services services = Main.services();
        reports = services.reports();
        project = ReportBench.withClusters(services.projects().open(AppPaths.standard().sample("cixi.gpkg")), 4);
        request = new ReportService.Request(ReportBench.SCENARIO, List.of(), "benchmark");
        dir = Files.createTempDirectory("vcp-jmh-pdf-");
        out = dir.resolve("plan.pdf");
        ReportService.Result r = reports.export(project, request, out, Progress.NONE);
        System.out.println("# plan PDF: " + r.pages() + " pages, " + r.bytes() + " bytes");
    }

    @Benchmark
    public ReportService.Result planPdf() {
        return reports.export(project, request, out, Progress.NONE);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(out);
        Files.deleteIfExists(dir);
    }
}
