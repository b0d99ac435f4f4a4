package org.villageplanner.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.PlanReport;
import org.villageplanner.service.Progress;

/**
 * Benchmark (run on demand, not a unit test): exports a county-scale plan of 260 villages in 78 clusters, as
 * many as 慈溪's 263 villages in 81 clusters, and prints the time and the file size. Also writes a township-size
 * plan for looking at the pages.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.villageplanner.report.ReportBenchmark OUT_DIR [zh|en]</pre>
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Locale locale = Messages.parse(args.length > 1 ? args[1] : "zh");
        Messages.setLocale(locale);
        Files.createDirectories(dir);
        PdfPlanReportWriter writer = new PdfPlanReportWriter();
        PlanReport township = ReportFixtures.grid(5, 4, 10, true);
        writer.write(township, dir.resolve("township-" + locale.getLanguage() + ".pdf"), Progress.NONE);

        PlanReport county = ReportFixtures.grid(20, 13, 10, true);
        // Warm-up (class loading, JIT), then the measured runs.
        writer.write(county, dir.resolve("county.pdf"), Progress.NONE);
        long best = Long.MAX_VALUE;
        int pages = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            pages = writer.write(county, dir.resolve("county.pdf"), Progress.NONE);
            best = Math.min(best, System.nanoTime() - t0);
        }
        long bytes = Files.size(dir.resolve("county.pdf"));
        System.out.printf("plan PDF: %d villages, %d clusters, %d pages: best of 3 = %.2f s, %.2f MB%n",
                county.villages().size(), county.sections().size(), pages, best / 1e9, bytes / 1e6);
    }
}
