package org.villageplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Messages;

class LaunchChecksTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Messages.locale();
        Messages.setLocale(Messages.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void anArgumentDecodedUnderAnAsciiLocaleIsNamedWithWhatToDo() {
        // What Java makes of "方案A" under LANG=C: each undecodable byte becomes U+FFFD.
        String[] args = {"scenario", "export", "longshan.gpkg", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDA"};
        String message = LaunchChecks.mangledArgument(args, "ANSI_X3.4-1968").orElseThrow();
        assertTrue(message.startsWith("Argument 4 "), message);
        assertTrue(message.contains("ANSI_X3.4-1968") && message.contains("LANG=C.UTF-8"), message);
        assertTrue(message.contains("-Dsun.jnu.encoding=UTF-8"), message);
    }

    @Test
    void intactChineseArgumentsPass() {
        assertTrue(LaunchChecks.mangledArgument(new String[] {"scenario", "export", "龙山.gpkg", "方案A"}, "UTF-8")
                .isEmpty());
    }

    @Test
    void noDisplayOnLinuxIsOneSentenceButWindowsMacAndMonocleAreNotChecked() {
        String message = LaunchChecks.noDisplay("Linux", Map.of(), null).orElseThrow();
        assertEquals(1, message.split("\n").length);
        assertTrue(message.contains("DISPLAY"), message);
        assertTrue(LaunchChecks.noDisplay("Linux", Map.of("DISPLAY", ":0"), null).isEmpty());
        assertTrue(LaunchChecks.noDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null).isEmpty());
        assertTrue(LaunchChecks.noDisplay("Windows 10", Map.of(), null).isEmpty());
        assertTrue(LaunchChecks.noDisplay("Mac OS X", Map.of(), null).isEmpty());
        assertTrue(LaunchChecks.noDisplay("Linux", Map.of(), "Monocle").isEmpty());
    }

    @Test
    void aDisplayThatCannotBeOpenedIsOneSentenceNamingItOtherFailuresAreNotTakenForIt() {
        // How JavaFX's GTK toolkit fails on DISPLAY=:97 with no X server there (Application.launch rethrows it).
        RuntimeException gtk = new UnsupportedOperationException("Unable to open DISPLAY");
        String message = LaunchChecks.unopenableDisplay(gtk, Map.of("DISPLAY", ":97")).orElseThrow();
        assertEquals(1, message.split("\n").length);
        assertTrue(message.contains("DISPLAY=\":97\""), message);
        assertTrue(LaunchChecks.unopenableDisplay(new RuntimeException("launch", gtk), Map.of("DISPLAY", ":97"))
                .isPresent(), "found through the cause");
        assertTrue(LaunchChecks.unopenableDisplay(new IllegalStateException("Unable to open DISPLAY"), Map.of())
                .isEmpty(), "only the toolkit's own failure");
        assertTrue(LaunchChecks.unopenableDisplay(new UnsupportedOperationException("no pipeline"), Map.of())
                .isEmpty());
    }

    @Test
    void aLonePlanFileFromTheDesktopOpensTheWindowOtherArgumentsStay() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("open", "/home/u/龙山镇.GPKG"),
                LaunchChecks.desktopOpen(java.util.List.of("/home/u/龙山镇.GPKG")));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("info", "a.gpkg"),
                LaunchChecks.desktopOpen(java.util.List.of("info", "a.gpkg")));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("a.csv"),
                LaunchChecks.desktopOpen(java.util.List.of("a.csv")));
    }

    @Test
    void linuxWithoutAGpuDeviceAsksForTheSoftwarePipeline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dev)
            throws java.io.IOException {
        assertTrue(LaunchChecks.softwareRenderingOnly("Linux", dev), "no /dev/dri at all");
        java.nio.file.Files.createDirectory(dev.resolve("dri"));
        assertTrue(LaunchChecks.softwareRenderingOnly("Linux", dev), "an empty /dev/dri");
        java.nio.file.Files.createFile(dev.resolve("dri").resolve("renderD128"));
        assertEquals(false, LaunchChecks.softwareRenderingOnly("Linux", dev), "a DRM render node");
    }

    @Test
    void nvidiaOwnDeviceWindowsAndMacKeepTheGpuPipeline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dev)
            throws java.io.IOException {
        assertEquals(false, LaunchChecks.softwareRenderingOnly("Windows 11", dev));
        assertEquals(false, LaunchChecks.softwareRenderingOnly("Mac OS X", dev));
        java.nio.file.Files.createFile(dev.resolve("nvidiactl"));
        assertEquals(false, LaunchChecks.softwareRenderingOnly("Linux", dev), "NVIDIA's driver without DRM");
    }
}
