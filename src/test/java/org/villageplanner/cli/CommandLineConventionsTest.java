package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.MemoryRepository;

/** Issue 18, item 8: one command line, one way (suggest types, village codes, output folders, the project file). */
class CommandLineConventionsTest {
    @TempDir
    Path dir;
    private final MemoryRepository repo = new MemoryRepository();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private Path geojson(String code) throws IOException {
        Path f = dir.resolve("v.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"" + code + "\",\"name\":\"甲村\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[121.3,30.2]}}]}", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void suggestListsOnlyTheTypesItAccepts() {
        CliRun r = CliRun.run(repo, "suggest", dir.resolve("p.gpkg").toString(), "--type", "ENCLAVE");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("STRONG_HELPS_WEAK, COMPLEMENTARY, RESOURCE_POOLING"), r.err());
        assertFalse(r.err().contains("RESOURCE_POOLING, ENCLAVE"), r.err());
    }

    @Test
    void villageCodeThatIsNotTwelveDigitsIsWarnedAboutOnImport() throws IOException {
        CliRun r = CliRun.run(repo, "import", geojson("3302").toString(), "--out", dir.resolve("p.gpkg").toString(),
                "--json");
        assertEquals(0, r.exit(), r.err());
        List<String> codeWarnings = codeWarnings(r);
        assertEquals(1, codeWarnings.size(), r.out());
        assertTrue(codeWarnings.get(0).contains("feature 1: 3302"), codeWarnings.toString());
    }

    @Test
    void twelveDigitCodeImportsWithoutWarning() throws IOException {
        CliRun r = CliRun.run(repo, "import", geojson("330282123215").toString(), "--out",
                dir.resolve("p.gpkg").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(), codeWarnings(r), r.out());
    }

    private static List<String> codeWarnings(CliRun r) throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode w : new ObjectMapper().readTree(r.out()).get("warnings")) {
            if (w.asText().contains("12-digit division codes")) {
                found.add(w.asText());
            }
        }
        return found;
    }

    @Test
    void errorsNameTheProjectFile() throws IOException {
        Path project = dir.resolve("plan.gpkg");
        assertEquals(0, CliRun.run(repo, "import", geojson("330282123215").toString(), "--out", project.toString())
                .exit());
        CliRun r = CliRun.run(repo, "validate", project.toString(), "--scenario", "没有这个方案");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith(project.toString()), r.err());
        assertTrue(r.err().contains("没有这个方案"), r.err());
    }

    @Test
    void anOutThatIsAFolderIsRefusedByEveryCommandThatWritesAFile() throws IOException {
        Path project = dir.resolve("plan.gpkg");
        assertEquals(0, CliRun.run(repo, "import", geojson("330282123215").toString(), "--out", project.toString())
                .exit());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (String[] args : new String[][] {
                {"report", project.toString(), "--out", folder.toString()},
                {"scenario", "export", project.toString(), "v", "--out", folder.toString()},
                {"generate", "--villages", "3", "--out", folder.toString()}}) {
            CliRun r = CliRun.run(repo, args);
            assertEquals(1, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(folder + " is a folder"), String.join(" ", args) + ": " + r.err());
        }
    }
}
