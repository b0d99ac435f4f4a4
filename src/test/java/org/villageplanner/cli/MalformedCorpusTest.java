package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.villageplanner.domain.Messages;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Each file of src/test/resources/malformed breaks one rule. Importing it into an existing project through the
 * command line must exit 1 with a one-paragraph message naming the file, the feature or row and the field, and
 * leave the project file byte for byte as it was.
 */
class MalformedCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/malformed");
    @TempDir
    Path dir;
    private final GeoPackageRepository repo = new GeoPackageRepository();
    private Path project;

    @BeforeEach
    void existingProject() throws IOException {
        Messages.setLocale(Messages.ENGLISH);
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "代码,村名,经度,纬度\n330282100001,甲村,121.3,30.2\n", StandardCharsets.UTF_8);
        project = dir.resolve("project.gpkg");
        CliRun r = CliRun.run(repo, "import", good.toString(), "--out", project.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/malformed/expected.csv", delimiter = '|')
    void malformedFileExitsOneNamingWhereAndLeavesTheProjectUnchanged(String file, String expected)
            throws IOException {
        byte[] before = Files.readAllBytes(project);
        CliRun r = CliRun.run(repo, "import", CORPUS.resolve(file).toString(), "--out", project.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith(expected), r.err());
        assertFalse(r.err().contains("Exception:") || r.err().contains("\tat "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesAndEveryOneIsListed() throws IOException {
        List<String> listed = Files.readAllLines(CORPUS.resolve("expected.csv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\\|")[0].strip()).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> sources = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.matches(".*\\.(shx|dbf|cpg|prj|py|csv)$") || n.endsWith(".csv")
                            && !n.equals("expected.csv"))
                    .sorted().toList();
            assertEquals(sources, listed.stream().sorted().toList());
        }
        assertTrue(listed.size() >= 30, "only " + listed.size());
    }
}
