package org.villageplanner.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.villageplanner.domain.PlannerException;

/**
 * When a file cannot be read in the encoding the user chose, shows what its text looks like in that encoding (the
 * first record of a Shapefile's .dbf, the first lines of a CSV), undecodable bytes as �, so that the import dialog can
 * say "this is not GBK" with the evidence instead of emptying its preview.
 */
final class EncodingSample {
    private static final int MAX_CHARS = 120;

    private EncodingSample() {
    }

    /** An error naming the file, the encoding and a garbled sample; {@code cause} itself when none can be read. */
    static PlannerException wrongEncoding(Path file, Charset charset, PlannerException cause) {
        String sample = sample(file, charset);
        if (sample == null || sample.isBlank()) {
            return cause;
        }
        return new PlannerException(cause, "service.preview.wrongEncoding", file.getFileName().toString(),
                charset.name(), sample, new Localized(cause));
    }

    /** The sample text, or null when the format has no text to show this way. */
    static String sample(Path file, Charset charset) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            byte[] bytes;
            if (name.endsWith(".shp") || name.endsWith(".dbf")) {
                Path dbf = name.endsWith(".dbf") ? file
                        : file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.shp$", ".dbf"));
                bytes = firstRecord(dbf);
            } else if (name.endsWith(".csv")) {
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes(400);
                }
            } else {
                return null;
            }
            if (bytes == null) {
                return null;
            }
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString()
                    .replaceAll("\\s+", " ").strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] firstRecord(Path dbf) throws IOException {
        if (!Files.isRegularFile(dbf)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(dbf)) {
            int recordLength = MisreadText.skipToRecords(in);
            return recordLength < 0 ? null : in.readNBytes(Math.min(recordLength, 2000));
        }
    }

    /** The cause's text as a message argument, in the language current when it is formatted. */
    record Localized(PlannerException e) {
        @Override
        public String toString() {
            return e.getMessage();
        }
    }
}
