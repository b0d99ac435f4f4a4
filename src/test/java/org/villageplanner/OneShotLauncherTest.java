package org.villageplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneShotLauncherTest {
    private static final List<String> ARGS = List.of("report", "县.gpkg", "--scenario", "方案", "--out", "p.pdf");
    private static final List<String> REPORT_OPTIONS = List.of(OneShotLauncher.SHORT_RUN);

    private static OneShotLauncher.ClassArchive archive(Path jar, Path dir, String kind) {
        return OneShotLauncher.ClassArchive.forJar(jar, dir, kind);
    }

    @Test
    void secondJvmGetsShortRunOptionsThenTheUsersOptionsThenTheSameJarAndArguments() {
        List<String> line = new java.util.ArrayList<>(List.of("-Xmx1g", "-Dplanner.maps=/m", "-jar", "planner.jar"));
        line.addAll(ARGS);
        List<String> cmd = OneShotLauncher.childCommand("/jdk/bin/java", line, ARGS, REPORT_OPTIONS).orElseThrow();
        List<String> expected = new java.util.ArrayList<>(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1",
                "-Dplanner.oneshot=child", "-Xmx1g", "-Dplanner.maps=/m", "-jar",
                Path.of("planner.jar").toAbsolutePath().toString()));
        expected.addAll(ARGS);
        assertEquals(expected, cmd);
    }

    @Test
    void aClassPathStartOrAnotherCommandLineRunsInThisJvm() {
        List<String> classPath = new java.util.ArrayList<>(List.of("-cp", "planner.jar", "org.villageplanner.Main"));
        classPath.addAll(ARGS);
        assertEquals(Optional.empty(), OneShotLauncher.childCommand("java", classPath, ARGS, REPORT_OPTIONS));
        List<String> other = List.of("-jar", "planner.jar", "report", "other.gpkg", "--out", "p.pdf");
        assertEquals(Optional.empty(), OneShotLauncher.childCommand("java", other, ARGS, REPORT_OPTIONS));
        assertEquals(Optional.empty(), OneShotLauncher.childCommand("java", List.of("-jar"), ARGS, REPORT_OPTIONS));
    }

    @Test
    void archiveIsWrittenOnceKeptAfterSuccessAndReplacedWhenTheJarChanges(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("planner.jar"), "jar");
        Path cds = dir.resolve("cds");
        OneShotLauncher.ClassArchive first = archive(jar, cds, OneShotLauncher.REPORT);
        String dump = option(first, "-XX:ArchiveClassesAtExit=");
        writeArchive(Path.of(dump), "archive"); // what the second JVM writes at exit
        first.completed(true);
        String use = option(archive(jar, cds, OneShotLauncher.REPORT), "-XX:SharedArchiveFile=");
        assertTrue(Files.isRegularFile(Path.of(use)));
        assertEquals(List.of(Path.of(use)), list(cds));

        Files.writeString(jar, "rebuilt jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        OneShotLauncher.ClassArchive rebuilt = archive(jar, cds, OneShotLauncher.REPORT);
        String again = option(rebuilt, "-XX:ArchiveClassesAtExit=");
        writeArchive(Path.of(again), "archive 2");
        rebuilt.completed(true);
        List<Path> left = list(cds);
        assertEquals(1, left.size());
        assertFalse(left.contains(Path.of(use)), "the archive of the earlier build is removed");
    }

    @Test
    void failedRunLeavesNoArchive(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("planner.jar"), "jar");
        Path cds = dir.resolve("cds");
        OneShotLauncher.ClassArchive archive = archive(jar, cds, OneShotLauncher.REPORT);
        Files.writeString(Path.of(option(archive, "-XX:ArchiveClassesAtExit=")), "partial");
        archive.completed(false);
        assertEquals(List.of(), list(cds));
        option(archive(jar, cds, OneShotLauncher.REPORT), "-XX:ArchiveClassesAtExit=");
    }

    @Test
    void desktopStartsAreRelaunchedOtherCommandsAreNot() {
        assertTrue(OneShotLauncher.isDesktop(new String[0]));
        assertTrue(OneShotLauncher.isDesktop(new String[] {"open", "县.gpkg"}));
        assertTrue(OneShotLauncher.isDesktop(new String[] {"open", "县.gpkg", "--startup-probe"}));
        assertTrue(OneShotLauncher.isDesktop(new String[] {"--startup-probe"}));
        assertTrue(OneShotLauncher.isDesktop(new String[] {"龙山镇.GPKG"}));
        assertFalse(OneShotLauncher.isDesktop(new String[] {"info", "县.gpkg"}));
        assertFalse(OneShotLauncher.isDesktop(new String[] {"open", "a.gpkg", "b.gpkg"}));
        assertFalse(OneShotLauncher.isDesktop(new String[] {"--version"}));
    }

    @Test
    void desktopSecondJvmKeepsTheDefaultJitAndGetsTheFirstJvmsStartForTheProbe() {
        List<String> args = List.of("open", "龙山镇 规划.gpkg", "--startup-probe");
        List<String> line = new java.util.ArrayList<>(List.of("-Xmx2g", "-jar", "target/planner.jar"));
        line.addAll(args);
        List<String> started = OneShotLauncher.startedOption();
        assertEquals(1, started.size(), "the OS gives this JVM's start time on the build machines");
        long millis = Long.parseLong(started.get(0).substring("-Dplanner.started=".length()));
        assertTrue(millis <= System.currentTimeMillis());
        List<String> cmd = OneShotLauncher.childCommand("/jdk/bin/java", line, args, started).orElseThrow();
        List<String> expected = new java.util.ArrayList<>(List.of("/jdk/bin/java", started.get(0),
                "-Dplanner.oneshot=child", "-Xmx2g", "-jar",
                Path.of("target/planner.jar").toAbsolutePath().toString()));
        expected.addAll(args);
        assertEquals(expected, cmd);
        assertFalse(cmd.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), cmd.toString());
    }

    @Test
    void desktopAndReportKeepArchivesOfTheirOwn(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("planner.jar"), "jar");
        Path cds = dir.resolve("cds");
        OneShotLauncher.ClassArchive report = archive(jar, cds, OneShotLauncher.REPORT);
        writeArchive(Path.of(option(report, "-XX:ArchiveClassesAtExit=")), "report classes");
        report.completed(true);
        OneShotLauncher.ClassArchive desktop = archive(jar, cds, OneShotLauncher.DESKTOP);
        String dump = option(desktop, "-XX:ArchiveClassesAtExit=");
        assertTrue(Path.of(dump).getFileName().toString().startsWith("desktop-"), dump);
        writeArchive(Path.of(dump), "desktop classes");
        desktop.completed(true);
        assertEquals(2, list(cds).size(), "the desktop archive does not replace the report's");
        String use = option(archive(jar, cds, OneShotLauncher.DESKTOP), "-XX:SharedArchiveFile=");
        assertTrue(new String(Files.readAllBytes(Path.of(use)), java.nio.charset.StandardCharsets.ISO_8859_1)
                .endsWith("desktop classes"));
    }

    @Test
    void aDamagedArchiveIsDeletedAndWrittenAnew(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("planner.jar"), "jar");
        Path cds = dir.resolve("cds");
        OneShotLauncher.ClassArchive first = archive(jar, cds, OneShotLauncher.DESKTOP);
        writeArchive(Path.of(option(first, "-XX:ArchiveClassesAtExit=")), "classes");
        first.completed(true);
        Path kept = Path.of(option(archive(jar, cds, OneShotLauncher.DESKTOP), "-XX:SharedArchiveFile="));
        Files.writeString(kept, "garbage");
        String dump = option(archive(jar, cds, OneShotLauncher.DESKTOP), "-XX:ArchiveClassesAtExit=");
        assertFalse(Files.exists(kept), "the damaged archive is gone");
        assertFalse(Path.of(dump).equals(kept));
    }

    /** A file that starts like HotSpot's dynamic archive. */
    private static void writeArchive(Path file, String rest) throws Exception {
        byte[] magic = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
        byte[] body = rest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(magic, magic.length + body.length);
        System.arraycopy(body, 0, all, magic.length, body.length);
        Files.write(file, all);
    }

    private static String option(OneShotLauncher.ClassArchive archive, String prefix) {
        List<String> options = archive.options();
        assertTrue(options.contains("-Xlog:cds=off"), options.toString());
        return options.stream().filter(o -> o.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(prefix + " not in " + options)).substring(prefix.length());
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
