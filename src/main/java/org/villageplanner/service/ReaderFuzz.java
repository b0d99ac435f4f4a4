package org.villageplanner.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;

/**
 * Feeds mutated files to every reader a planner's files meet (GeoJSON, Shapefile/DBF, CSV, XLSX, GeoPackage as an
 * import source and as a project file, scenario JSON) and sorts what happens: a result, a clear error (a
 * {@link PlannerException}, whose message the user sees), or a failure — any other exception, no answer after
 * {@link #TIME_LIMIT_MILLIS} of the reader's CPU time (a loaded machine stretches wall time), or out of memory. The seeds are files the program itself writes from a small
 * generated project, so that mutations start from valid input and reach deep into each format. Used by the fuzz
 * property tests and by {@code planner bench fuzz}.
 */
public final class ReaderFuzz implements AutoCloseable {
    public static final long TIME_LIMIT_MILLIS = 2_000;

    public enum Target { GEOJSON, SHAPEFILE, CSV, XLSX, GEOPACKAGE, SCENARIO_JSON }

    public enum Outcome { RESULT, CLEAR_ERROR, CRASH, HANG, OUT_OF_MEMORY;

        public boolean failed() {
            return this != RESULT && this != CLEAR_ERROR;
        }
    }

    /** What reading one input gave; {@code detail} says what failed (exception, message, where). */
    public record Finding(Target target, Outcome outcome, String detail) {
    }

    private final Services services;
    private final Path work;
    private final Map<Target, Map<String, byte[]>> seeds = new LinkedHashMap<>();
    private final Map<String, byte[]> xlsxEntries = new LinkedHashMap<>();
    private ExecutorService worker = newWorker();
    private long cases;
    private Path previous;

    public ReaderFuzz(Services services) {
        this.services = services;
        try {
            work = Files.createTempDirectory("vcp-fuzz-");
            makeSeeds();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void makeSeeds() throws IOException {
        PlanProject p = services.samples().generate(6, 1);
        String scenario = p.scenarios().get(p.scenarios().size() - 1).name();
        Path dir = Files.createDirectories(work.resolve("seed"));
        Path gpkg = dir.resolve("seed.gpkg");
        services.projects().save(p, gpkg);
        seeds.put(Target.GEOPACKAGE, Map.of("seed.gpkg", Files.readAllBytes(gpkg)));
        seed(Target.GEOJSON, p, ExportFormat.GEOJSON, dir.resolve("seed.geojson"), scenario);
        seed(Target.CSV, p, ExportFormat.CSV, dir.resolve("seed.csv"), scenario);
        seed(Target.XLSX, p, ExportFormat.XLSX, dir.resolve("seed.xlsx"), scenario);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("seed.xlsx").toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    xlsxEntries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        Path shp = Files.createDirectories(dir.resolve("shp"));
        services.exports().export(p, ExportFormat.SHP, shp.resolve("seed.shp"), scenario);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (var files = Files.list(shp)) {
            for (Path f : files.sorted().toList()) {
                parts.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        seeds.put(Target.SHAPEFILE, parts);
        Path json = dir.resolve("seed.json");
        services.scenarios().exportScenario(gpkg, scenario, json);
        seeds.put(Target.SCENARIO_JSON, Map.of("seed.json", Files.readAllBytes(json)));
    }

    private void seed(Target t, PlanProject p, ExportFormat format, Path file, String scenario) throws IOException {
        services.exports().export(p, format, file, scenario);
        seeds.put(t, Map.of(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    /** The files of the seed of {@code target} (a Shapefile has several). */
    public List<String> seedFiles(Target target) {
        return new ArrayList<>(seeds.get(target).keySet());
    }

    /**
     * Reads the seed of {@code target} with {@code mutations} applied to one of its files ({@code choice} picks the
     * file, and for XLSX whether to mutate the zip itself or one of its entries; for GeoPackage whether to read it
     * as an import source or as a project).
     */
    public Finding run(Target target, List<ByteMutation> mutations, int choice) {
        // A fresh directory per input: a reader abandoned after a hang may still be writing in the previous one.
        Path dir = work.resolve("case" + (cases++));
        Path main;
        try {
            if (previous != null) {
                try {
                    clear(previous);
                } catch (IOException e) {
                    // still in use by an abandoned reader; removed with the work directory on close
                }
            }
            previous = dir;
            Files.createDirectories(dir);
            Map<String, byte[]> files = seeds.get(target);
            List<String> names = new ArrayList<>(files.keySet());
            int c = Math.floorMod(choice, 1 << 20);
            String mutated = names.get(c % names.size());
            main = null;
            for (String name : names) {
                byte[] bytes = files.get(name);
                if (name.equals(mutated)) {
                    bytes = target == Target.XLSX && c % 3 != 0 ? mutateEntry(xlsxEntries, mutations, c / 3)
                            : ByteMutation.applyAll(bytes, mutations);
                }
                Files.write(dir.resolve(name), bytes);
                if (main == null || name.endsWith(".shp")) {
                    main = dir.resolve(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = main;
        boolean asProject = target == Target.GEOPACKAGE && Math.floorMod(choice, 2) == 1;
        return outcome(target, () -> read(target, file, asProject));
    }

    private void read(Target target, Path file, boolean asProject) {
        if (target == Target.SCENARIO_JSON) {
            services.scenarios().readFile(file);
        } else if (asProject) {
            services.projects().open(file);
        } else {
            FeatureLayer layer = services.imports().preview(file, ReadOptions.DEFAULTS);
            services.imports().recognise(layer, Map.of());
        }
    }

    private Finding outcome(Target target, Runnable read) {
        long[] cpuStart = new long[1];
        Thread[] thread = new Thread[1];
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Future<?> f = worker.submit(() -> {
            thread[0] = Thread.currentThread();
            cpuStart[0] = CPU.getCurrentThreadCpuTime();
            started.countDown();
            read.run();
        });
        long wallStart = System.nanoTime();
        try {
            while (true) {
                try {
                    f.get(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
                    return new Finding(target, Outcome.RESULT, "");
                } catch (TimeoutException e) {
                    // On a loaded machine the wall clock says little: a hang is 2 s of the reader's own CPU time
                    // (or a minute of wall time, e.g. blocked without using CPU).
                    started.await();
                    long cpu = CPU.getThreadCpuTime(thread[0].getId()) - cpuStart[0];
                    if (cpu > TIME_LIMIT_MILLIS * 1_000_000 || System.nanoTime() - wallStart > 60_000_000_000L) {
                        f.cancel(true);
                        worker.shutdownNow();
                        worker = newWorker();
                        return new Finding(target, Outcome.HANG, "no answer after " + cpu / 1_000_000
                                + " ms of CPU time at " + describe(thread[0]));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof PlannerException pe && !pe.getMessage().isBlank()) {
                return new Finding(target, Outcome.CLEAR_ERROR, pe.getMessage());
            }
            if (t instanceof OutOfMemoryError) {
                return new Finding(target, Outcome.OUT_OF_MEMORY, describe(t));
            }
            return new Finding(target, Outcome.CRASH, describe(t));
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static String describe(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.villageplanner") && !e.getClassName().contains("ReaderFuzz")) {
                return e.toString();
            }
        }
        StackTraceElement[] st = t.getStackTrace();
        return st.length > 0 ? st[0].toString() : "?";
    }

    /** The exception, its message and where in our code it came from. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.villageplanner")) {
                sb.append(" at ").append(e);
                break;
            }
        }
        return sb.toString();
    }

    /** Mutates one entry of a zip (an XLSX part) and zips it again, so that mutations reach the XML inside. */
    private static byte[] mutateEntry(Map<String, byte[]> seedEntries, List<ByteMutation> mutations, int which)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(seedEntries);
        List<String> names = new ArrayList<>(entries.keySet());
        String target = names.get(which % names.size());
        entries.put(target, ByteMutation.applyAll(entries.get(target), mutations));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reader-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            clear(work);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
