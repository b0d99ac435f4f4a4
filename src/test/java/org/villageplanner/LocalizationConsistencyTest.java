package org.villageplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key exists in both Chinese and English, and every key used in code exists. */
class LocalizationConsistencyTest {
    private static final Path I18N = Path.of("src/main/resources/org/villageplanner/i18n");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path en : files.filter(p -> p.toString().endsWith("_en.properties")).toList()) {
                Path zh = en.resolveSibling(en.getFileName().toString().replace("_en.", "_zh_CN."));
                assertTrue(Files.exists(zh), "missing Chinese bundle for " + en);
                TreeSet<String> a = new TreeSet<>(load(en).stringPropertyNames());
                TreeSet<String> b = new TreeSet<>(load(zh).stringPropertyNames());
                TreeSet<String> onlyEn = new TreeSet<>(a);
                onlyEn.removeAll(b);
                TreeSet<String> onlyZh = new TreeSet<>(b);
                onlyZh.removeAll(a);
                if (!onlyEn.isEmpty()) {
                    problems.add(zh.getFileName() + " lacks " + onlyEn);
                }
                if (!onlyZh.isEmpty()) {
                    problems.add(en.getFileName() + " lacks " + onlyZh);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLiteralKeyUsedInCodeIsDefined() throws IOException {
        Pattern use = Pattern.compile("(?:Messages\\.get|PlannerException|[Ee]xception)\\(\\s*(?:[a-zA-Z.]+,\\s*)?\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+)\"");
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path en : files.filter(p -> p.toString().endsWith("_en.properties")).toList()) {
                all.putAll(load(en));
            }
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> src = Files.walk(Path.of("src/main/java"))) {
            for (Path f : src.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    if (!all.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Keys reach the bundles in more ways than {@code Messages.get}: {@code I18n.t}, {@code LocalizedText.of},
     * {@code Usage.error}, a command group's constructor, constants. So every string literal in the code that
     * looks like a key of one of our bundles (its first segment is a bundle's, e.g. {@code uisim.} or
     * {@code clicluster.}) must be defined, and a literal ending in a dot (a key completed at run time, as in
     * {@code "clicluster.severity." + name}) must start at least one key.
     */
    @Test
    void everyKeyLikeLiteralInCodeIsDefinedWhicheverWayItIsUsed() throws IOException {
        Properties all = allEnglish();
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        all.stringPropertyNames().forEach(k -> prefixes.add(k.split("\\.")[0]));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+\\.?)\"");
        java.util.Set<String> fileEndings = java.util.Set.of("gpkg", "json", "pdf", "csv", "shp", "xlsx", "mbtiles",
                "properties", "png", "log", "txt", "geojson");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> src = Files.walk(Path.of("src/main/java"))) {
            for (Path f : src.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    String first = key.substring(0, key.indexOf('.'));
                    String last = key.substring(key.lastIndexOf('.') + 1);
                    if (!prefixes.contains(first) || fileEndings.contains(last)) {
                        continue;
                    }
                    checked++;
                    boolean defined = key.endsWith(".")
                            ? all.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : all.containsKey(key);
                    if (!defined) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        // I18n.t, LocalizedText.of and Messages.get between them use well over a thousand keys.
        assertTrue(checked > 700, "only " + checked + " key literals found: is the pattern still right?");
    }

    private static Properties allEnglish() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path en : files.filter(p -> p.toString().endsWith("_en.properties")).toList()) {
                all.putAll(load(en));
            }
        }
        return all;
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
