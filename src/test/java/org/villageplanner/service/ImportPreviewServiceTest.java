package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.PlannerException;

/** The import dialog's preview (columns as the import would read them) and in-memory import. */
class ImportPreviewServiceTest {
    @TempDir
    Path dir;
    private final ImportPreviewService service = Main.services().importPreview();

    private Path geojson() throws Exception {
        Path f = dir.resolve("v.geojson");
        Files.writeString(f, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"区划代码":"330282100001","村名":"甲村","经营性收入(万元)":12.5,"备注":"x"},
                 "geometry":{"type":"Point","coordinates":[121.3,30.2]}},
                {"type":"Feature","properties":{"区划代码":"330282100002","村名":"乙村","经营性收入(万元)":30,"备注":"y"},
                 "geometry":{"type":"Point","coordinates":[121.31,30.2]}}]}""");
        return f;
    }

    private static org.villageplanner.domain.PlanProject empty() {
        return new org.villageplanner.domain.PlanProject(org.villageplanner.domain.ProjectInfo.untitled(), List.of(),
                List.of());
    }

    @Test
    void previewShowsTheFirstRowsAndTheMappingTheImportWouldUse() throws Exception {
        ImportPreviewService.Preview p = service.preview(geojson(), ReadOptions.DEFAULTS, 1);
        assertEquals(2, p.featureCount());
        assertEquals(1, p.rows().size());
        assertEquals(List.of("330282100001", "甲村", "12.5", "x", "Point"), p.rows().get(0));
        assertEquals(new ColumnRecognizer.Guess("经营性收入(万元)", "operating_income", true), p.mapping().get(2));
        assertEquals(new ColumnRecognizer.Guess("村名", "name", false), p.mapping().get(1));
        assertNull(p.mapping().get(3).field(), "an unknown column is not imported");
        assertNull(p.cpg());
    }

    @Test
    void mergeImportsInMemoryWithTheUsersMapping() throws Exception {
        ImportPreviewService.Merged m = service.mergeInto(empty(), List.of(geojson()),
                new ImportOptions(null, null, null, Map.of("town", "备注")), Progress.NONE);
        assertEquals(2, m.added());
        assertEquals(125_000, m.villages().get(0).operatingIncome(), 0.5);
        assertEquals("x", m.villages().get(0).town());
        assertTrue(service.isMoney("total_income"));
        assertTrue(service.fields().contains("idle_land_mu"));
    }

    @Test
    void aGeoPackageListsItsLayersAndReadsTheChosenOne() {
        ImportPreviewService.Preview p = service.preview(Path.of("samples/longshan.gpkg"),
                new ReadOptions("villages", null, null), 3);
        assertTrue(p.layers().contains("villages"), p.layers().toString());
        assertEquals("villages", p.layer());
        assertEquals(3, p.rows().size());
        assertTrue(p.mapping().contains(new ColumnRecognizer.Guess("code", "code", false)), p.mapping().toString());
    }

    @Test
    void aBadValueNamesFileFeatureAndField() {
        PlannerException e = assertThrows(PlannerException.class, () -> service.mergeInto(empty(),
                List.of(Path.of("src/test/resources/malformed/income_text.geojson")), ImportOptions.DEFAULTS,
                Progress.NONE));
        assertTrue(e.getMessage().contains("income_text.geojson") && e.getMessage().contains("operating_income"),
                e.getMessage());
    }

    @Test
    void aProjectGeoPackageOffersItsScenariosAndAnUntickedOneIsNotTakenOver() {
        Path sample = Path.of("samples/longshan.gpkg");
        ImportPreviewService.Preview p = service.preview(sample, new ReadOptions("villages", null, null), 1);
        assertEquals(List.of("现状", "方案A"), p.scenarios());
        org.villageplanner.domain.Messages.setLocale(org.villageplanner.domain.Messages.ENGLISH);
        ImportPreviewService.Merged m = service.mergeInto(empty(), List.of(sample),
                new ImportOptions("villages", null, null, Map.of(), false, null, java.util.Set.of("现状")),
                Progress.NONE);
        assertEquals(List.of("方案A"), m.project().scenarios().stream().map(s -> s.name()).toList());
        assertTrue(m.summary().stream().anyMatch(l -> l.contains("现状") && l.contains("not chosen")),
                m.summary().toString());
    }

    @Test
    void utf8TextReadAsGbkIsFlaggedWithTheSuggestedEncoding() throws Exception {
        Path csv = dir.resolve("u.csv");
        Files.writeString(csv, "代码,村名\n330282100001,徐福\n330282100002,东门\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertNull(service.preview(csv, ReadOptions.DEFAULTS, 5).misread(), "detected as UTF-8: nothing garbled");
        org.villageplanner.domain.Messages.setLocale(org.villageplanner.domain.Messages.ENGLISH);
        String said = service.preview(csv, new ReadOptions(null, java.nio.charset.Charset.forName("GBK"), null), 5)
                .misread();
        assertTrue(said != null && said.contains("UTF-8") && said.contains("徐福"), said);
        // GBK bytes read as GBK are not flagged.
        Path gbk = dir.resolve("g.csv");
        Files.write(gbk, "代码,村名\n330282100001,徐福\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertNull(service.preview(gbk, new ReadOptions(null, java.nio.charset.Charset.forName("GBK"), null), 5)
                .misread());
    }

    @Test
    void aZippedUtf8ShapefileWithoutItsCpgIsFlaggedToo() throws Exception {
        Path shp = dir.resolve("z.shp");
        var p = new org.locationtech.jts.geom.GeometryFactory().createPoint(
                new org.locationtech.jts.geom.Coordinate(121.3, 30.2));
        List<String> names = List.of("徐福", "东门");
        List<ExportRow> rows = java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> new ExportRow(
                new org.villageplanner.domain.Village("33028210000" + i, names.get(i), "龙山", p, 1, 1, 0, 0, 0, 0,
                        0, java.util.Set.of(), false), null, null, null)).toList();
        new org.villageplanner.importer.ShapefileWriter().write(rows, ExportFormat.SHP, shp);
        Path zip = dir.resolve("z.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String part : List.of("z.shp", "z.shx", "z.dbf", "z.prj")) {
                out.putNextEntry(new java.util.zip.ZipEntry(part));
                out.write(Files.readAllBytes(dir.resolve(part)));
                out.closeEntry();
            }
        }
        org.villageplanner.domain.Messages.setLocale(org.villageplanner.domain.Messages.ENGLISH);
        String said = MisreadText.check(zip, MisreadText.assumed(zip, null));
        assertTrue(said != null && said.contains("z.zip") && said.contains("UTF-8") && said.contains("徐福"), said);
        // With its .cpg (UTF-8) next to the .shp, the same text is read right and nothing is said.
        assertNull(MisreadText.check(shp, MisreadText.assumed(shp, null)));
    }
}
