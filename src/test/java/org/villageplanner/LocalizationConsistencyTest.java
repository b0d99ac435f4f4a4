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

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
