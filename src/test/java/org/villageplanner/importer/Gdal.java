package org.villageplanner.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the GDAL command-line tools that make our reference files; tests skip when GDAL is not installed. */
final class Gdal {
    private Gdal() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("ogr2ogr", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void assumeAvailable() {
        assumeTrue(available(), "ogr2ogr is not installed (apt-get install gdal-bin)");
    }

    /** Runs {@code command} with {@code stdin}; returns stdout, failing the test on a non-zero exit. */
    static String run(String stdin, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** ogr2ogr -f FORMAT out in [extra...]. */
    static void ogr2ogr(String format, Path out, Path in, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", format));
        cmd.addAll(List.of(extra));
        cmd.add(out.toString());
        cmd.add(in.toString());
        run(null, cmd.toArray(String[]::new));
    }
}
