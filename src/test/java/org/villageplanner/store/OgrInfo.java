package org.villageplanner.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs GDAL's ogrinfo (gdal-bin) so tests see our files the way QGIS does. */
public final class OgrInfo {
    private OgrInfo() {
    }

    /** Output of {@code ogrinfo ARGS FILE}: stdout and stderr apart; fails the test if ogrinfo exits non-zero. */
    public record Result(String out, String err) {
    }

    public static Result run(Path file, String... args) throws IOException, InterruptedException {
        return layer(file, null, args);
    }

    /** {@code ogrinfo OPTIONS FILE LAYER}; {@code layer} may be null. */
    public static Result layer(Path file, String layer, String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo"));
        cmd.addAll(List.of(options));
        cmd.add(file.toString());
        if (layer != null) {
            cmd.add(layer);
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] err;
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        String errText = new String(err, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new AssertionError("ogrinfo exit " + code + ": " + errText + out);
        }
        return new Result(out, errText);
    }
}
