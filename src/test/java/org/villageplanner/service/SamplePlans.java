package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.villageplanner.domain.Messages;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Writes the 龙山镇 sample plan (Chinese and English) and its project file for looking at the pages
 * ({@code pdftoppm -r 60 -png}); run on demand: {@code ... org.villageplanner.service.SamplePlans OUT_DIR}.
 */
public final class SamplePlans {
    private SamplePlans() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample-plans");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var project = LongshanPlan.project();
        new GeoPackageRepository().write(project, dir.resolve("longshan-plan.gpkg"));
        ReportService service = new ReportService(new GeoPackageRepository(), new PdfPlanReportWriter(),
                new GeoJsonReader(), LongshanPlan.REPO.resolve("maps"));
        for (var locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
            Messages.setLocale(locale);
            var r = service.export(project, new ReportService.Request("方案A", List.of("现状"), "龙山镇农办"),
                    dir.resolve("longshan-plan-" + locale.getLanguage() + ".pdf"), Progress.NONE);
            System.out.println(r);
        }
    }
}
