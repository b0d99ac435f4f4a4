package org.villageplanner;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.villageplanner.domain.Messages;

/**
 * Checks made before anything starts, each answering with one clear sentence instead of a stack trace:
 * arguments damaged by a non-UTF-8 shell locale, and a desktop start where there is no display; and one choice made
 * before JavaFX starts (the software pipeline where no GPU can serve it).
 */
final class LaunchChecks {
    /** What a decoder puts for bytes it cannot decode. */
    private static final char REPLACEMENT = '\uFFFD';

    private LaunchChecks() {
    }

    /**
     * The message for the first argument that arrived damaged, if any. Java decodes arguments with
     * {@code sun.jnu.encoding} (the shell's locale); under {@code LANG=C} that is ASCII and every Chinese byte
     * becomes U+FFFD, which no real argument contains.
     */
    static Optional<String> mangledArgument(String[] args, String jnuEncoding) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf(REPLACEMENT) >= 0) {
                return Optional.of(Messages.get("cli.launch.mangled", i + 1, args[i], jnuEncoding));
            }
        }
        return Optional.empty();
    }

    /**
     * On Linux and the other X11/Wayland systems, the message when neither display variable is set (JavaFX would
     * otherwise fail with a long stack trace). Windows and macOS always have their display; Monocle needs none.
     */
    static Optional<String> noDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11 = !os.startsWith("windows") && !os.startsWith("mac");
        boolean monocle = "Monocle".equalsIgnoreCase(glassPlatform);
        if (!x11 || monocle || !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("cli.launch.noDisplay"));
    }

    /**
     * The message when the desktop start failed because the display that {@code DISPLAY} names cannot be opened (no X
     * server there, or this user may not use it): JavaFX's GTK toolkit throws "Unable to open DISPLAY", which would
     * otherwise reach the terminal as a stack trace. Empty for any other failure.
     */
    static Optional<String> unopenableDisplay(Throwable failure, Map<String, String> env) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).contains("open DISPLAY")) {
                return Optional.of(Messages.get("cli.launch.displayUnopenable", env.getOrDefault("DISPLAY", "")));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether JavaFX's GPU pipeline (ES2) cannot start here, so that the app asks for the software pipeline at once:
     * on Linux with neither a DRM device ({@code /dev/dri/*}) nor NVIDIA's own ({@code /dev/nvidiactl}), OpenGL can
     * only be Mesa's software renderer, which JavaFX refuses ("Failed Graphics Hardware Qualifier check") and then
     * falls back to its software pipeline anyway, after loading libGL and LLVM and making a GL context (Xvfb, a
     * virtual machine, a container). Windows and macOS always try their own pipelines.
     */
    static boolean softwareRenderingOnly(String osName, java.nio.file.Path dev) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false;
        }
        if (java.nio.file.Files.exists(dev.resolve("nvidiactl"))) {
            return false;
        }
        try (java.util.stream.Stream<java.nio.file.Path> devices = java.nio.file.Files.list(dev.resolve("dri"))) {
            return devices.findAny().isEmpty();
        } catch (java.io.IOException | SecurityException e) {
            return true;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The arguments as the app reads them: a lone plan file ({@code planner /path/plan.gpkg}, which is how the
     * desktop entry, Windows Explorer and the file association hand over a double-clicked file) means
     * {@code open FILE}; anything else is unchanged.
     */
    static java.util.List<String> desktopOpen(java.util.List<String> args) {
        if (args.size() == 1 && args.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
            return java.util.List.of("open", args.get(0));
        }
        return args;
    }
}
