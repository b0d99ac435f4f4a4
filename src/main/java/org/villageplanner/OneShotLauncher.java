package org.villageplanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a one-shot command ({@code planner report}) in a second JVM started with the options a short run needs,
 * which a {@code java -jar} start cannot take from the jar: {@code -XX:TieredStopAtLevel=1} (C1 only: the process
 * lives two or three seconds, never long enough for C2's code to pay back its compiling) and an AppCDS archive of
 * the classes the command loads ({@link ClassArchive}). The first JVM only starts the second, passes its own JVM
 * options, arguments and standard streams on, and exits with its exit code; it loads nothing of the app.
 * Measured in docs/PERFORMANCE.md (plan PDF, branch {@code pdf19}): the second JVM costs less than the first
 * saves. {@code -Dplanner.oneshot=off} runs the command in the first JVM as before.
 * <p>The desktop start ({@code open FILE}, a lone {@code .gpkg}, no arguments) is relaunched the same way, with an
 * archive of its own and the default JIT (the app runs for hours); the second JVM gets the first one's start time,
 * so {@code --startup-probe} counts the relaunch. The first JVM stays, without a window, until the app ends.
 */
final class OneShotLauncher {
    private static final Logger LOG = Logger.getLogger(OneShotLauncher.class.getName());
    /** Set in the second JVM, so that it runs the command itself. */
    static final String CHILD = "planner.oneshot";
    static final String CHILD_VALUE = "child";
    private static final String CHILD_OPTION = "-D" + CHILD + "=" + CHILD_VALUE;
    /** C1 only, for the report: the process lives two or three seconds, never long enough for C2 to pay back. */
    static final String SHORT_RUN = "-XX:TieredStopAtLevel=1";
    /** Name prefixes of the two kinds of class archive. */
    static final String REPORT = "report-";
    static final String DESKTOP = "desktop-";
    /** The first JVM's start (epoch ms), passed to the desktop's second JVM for the startup probe. */
    static final String STARTED = org.villageplanner.ui.StartupProbe.STARTED;

    private OneShotLauncher() {
    }

    /**
     * Runs {@code args} in a second JVM when this one was started as {@code java [options] -jar JAR args} and the
     * command is one-shot; the exit code, or empty when the command is to run here.
     */
    static Optional<Integer> run(String[] args) {
        boolean report = args.length > 0 && args[0].equals("report");
        boolean desktop = !report && isDesktop(args);
        if (!(report || desktop) || System.getProperty(CHILD) != null
                // The options are HotSpot's ("OpenJDK 64-Bit Server VM", "Java HotSpot(TM) 64-Bit Server VM").
                || !System.getProperty("java.vm.name", "").contains("Server VM")) {
            return Optional.empty();
        }
        Optional<List<String>> command = childCommand(args, report ? List.of(SHORT_RUN) : startedOption());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ClassArchive archive = ClassArchive.forJar(jar(command.get()), report ? REPORT : DESKTOP);
        List<String> cmd = new ArrayList<>(command.get());
        cmd.addAll(1, archive.options());
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "second JVM not started; running here", e);
            return Optional.empty();
        }
        Thread stop = new Thread(child::destroy, "planner-oneshot-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            code = 130;
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        archive.completed(code == 0);
        return Optional.of(code);
    }

    /**
     * {@code java OPTIONS-OF-THE-SECOND-JVM OPTIONS-OF-THIS-ONE -jar JAR args}, from this process's command line
     * when it is a {@code -jar} start ending in {@code args}; empty for anything else (a class path start, an
     * unreadable command line), which then runs here as before.
     */
    static Optional<List<String>> childCommand(String[] args, List<String> childOptions) {
        Optional<String[]> line = ProcessHandle.current().info().arguments();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        return childCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Arrays.asList(line.get()), Arrays.asList(args), childOptions);
    }

    /** The desktop start: no arguments, {@code open [FILE]} or a lone {@code .gpkg}, with or without the probe. */
    static boolean isDesktop(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        rest.remove(Main.STARTUP_PROBE);
        rest = LaunchChecks.desktopOpen(rest);
        return rest.isEmpty() || (rest.get(0).equals("open") && rest.size() <= 2);
    }

    /**
     * For the desktop: this process's start time, which the second JVM's {@code --startup-probe} counts from, so the
     * figure includes the relaunch. Empty when the OS does not say (the probe then counts from the second JVM).
     */
    static List<String> startedOption() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> List.of(new StringBuilder("-D").append(STARTED).append('=').append(t.toEpochMilli())
                        .toString()))
                .orElse(List.of());
    }

    /**
     * The command for a JVM whose arguments after the launcher are {@code jvmLine}, started for {@code args}:
     * {@code childOptions} first, then the marker of the second JVM, then the user's own JVM options.
     */
    static Optional<List<String>> childCommand(String java, List<String> jvmLine, List<String> args,
            List<String> childOptions) {
        int jarAt = jvmLine.size() - args.size() - 2;
        if (jarAt < 0 || !jvmLine.get(jarAt).equals("-jar")
                || !jvmLine.subList(jarAt + 2, jvmLine.size()).equals(args)) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(childOptions);
        cmd.add(CHILD_OPTION);
        cmd.addAll(jvmLine.subList(0, jarAt));
        cmd.add("-jar");
        cmd.add(Path.of(jvmLine.get(jarAt + 1)).toAbsolutePath().toString());
        cmd.addAll(args);
        return Optional.of(cmd);
    }

    private static Path jar(List<String> cmd) {
        return Path.of(cmd.get(cmd.indexOf("-jar") + 1));
    }

    /**
     * The AppCDS archive of a one-shot command's classes for one jar and JVM, kept in the app's data folder:
     * used when there, else written by this run ({@code -XX:ArchiveClassesAtExit}) under a name of its own and
     * moved into place when the run succeeds. The name holds the jar's size and time and the JVM's version, so a
     * rebuilt jar or another JDK gets a new archive. The JVM checks the archive against the class path itself and
     * ignores one that does not match; its CDS messages are switched off, so the command's output is the same.
     *
     * @param file    the archive (null: none)
     * @param writing where this run writes the archive before it is moved to {@code file}; null when it is used
     * @param prefix  the run kind its name starts with
     */
    record ClassArchive(Path file, Path writing, String prefix) {
        /** No archive: the second JVM runs without one. */
        private static ClassArchive none() {
            return new ClassArchive(null, null, "");
        }

        /** The archive of the run kind {@code prefix} ({@code report-}, {@code desktop-}) for {@code jar}. */
        static ClassArchive forJar(Path jar, String prefix) {
            if ("off".equals(System.getProperty("planner.cds"))) {
                return none();
            }
            try {
                return forJar(jar, org.villageplanner.service.AppDirs.standard().data().resolve("cds"), prefix);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no class archive", e);
                return none();
            }
        }

        /** The archive of the run kind {@code prefix} for {@code jar} kept in {@code dir}. */
        static ClassArchive forJar(Path jar, Path dir, String prefix) {
            try {
                // StringBuilder, not +: string concatenation's bootstrap costs this short-lived JVM ~20 classes.
                String key = new StringBuilder(prefix).append(Long.toHexString(Files.size(jar))).append('-')
                        .append(Long.toHexString(Files.getLastModifiedTime(jar).toMillis())).append('-')
                        .append(Integer.toHexString(new StringBuilder(jar.toAbsolutePath().toString()).append('|')
                                .append(System.getProperty("java.vm.version")).toString().hashCode()))
                        .toString();
                Path file = dir.resolve(key.concat(".jsa"));
                if (Files.isRegularFile(file)) {
                    if (isDynamicArchive(file)) {
                        return new ClassArchive(file, null, prefix);
                    }
                    // The JVM would quietly start without it, every time: write it anew instead.
                    Files.deleteIfExists(file);
                }
                Files.createDirectories(dir);
                return new ClassArchive(file, dir.resolve(new StringBuilder(key).append('.')
                        .append(ProcessHandle.current().pid()).append(".tmp").toString()), prefix);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "no class archive", e);
                return none();
            }
        }

        /** The first four bytes of HotSpot's dynamic archive: its magic 0xf00baba8, little-endian. */
        private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

        /** True when {@code file} starts like a dynamic archive (a damaged or foreign file does not). */
        static boolean isDynamicArchive(Path file) throws IOException {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
            }
        }

        List<String> options() {
            if (file == null) {
                return List.of();
            }
            String use = writing == null ? "-XX:SharedArchiveFile=".concat(file.toString())
                    : "-XX:ArchiveClassesAtExit=".concat(writing.toString());
            return List.of(use, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+path=off");
        }

        /** Deletes the archives of earlier builds of the same jar (same path and JVM, other size or time). */
        private void removeOlder() throws IOException {
            String name = file.getFileName().toString();
            String samePath = name.substring(name.lastIndexOf('-'));
            try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(prefix) && n.endsWith(samePath) && !n.equals(name)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }

        void completed(boolean ok) {
            if (writing == null) {
                return;
            }
            try {
                if (ok && Files.isRegularFile(writing)) {
                    Files.move(writing, file, StandardCopyOption.ATOMIC_MOVE);
                    removeOlder();
                } else {
                    Files.deleteIfExists(writing);
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "class archive not kept", e);
                try {
                    Files.deleteIfExists(writing);
                } catch (IOException again) {
                    LOG.log(Level.FINE, "class archive left", again);
                }
            }
        }
    }
}
