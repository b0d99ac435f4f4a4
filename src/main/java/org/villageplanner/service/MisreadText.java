package org.villageplanner.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.villageplanner.domain.Messages;

/**
 * Text read in the wrong encoding that decodes without an error: UTF-8 bytes read as GBK (a UTF-8 Shapefile without
 * its {@code .cpg}, or GBK chosen for a UTF-8 CSV) give a valid but garbled string ("寰愮绂忔潙" for "徐福村"), which
 * a strict decoder cannot notice. Chinese text in GBK is almost never valid UTF-8, so bytes with several valid
 * multi-byte UTF-8 characters and (nearly) no invalid sequence were written in UTF-8; read as anything else, they
 * are misread. (The other way round, GBK bytes read as UTF-8, fails to decode and {@link EncodingSample} says so.)
 */
final class MisreadText {
    private static final int SAMPLE_BYTES = 8192;
    private static final int EXCERPT = 40;

    private MisreadText() {
    }

    /**
     * The charset {@code file}'s text is read in when {@code chosen} is null: a Shapefile's {@code .cpg}, else GBK
     * (as the Shapefile reader does); null for formats that detect their encoding or have no choice.
     */
    static Charset assumed(Path file, Charset chosen) {
        if (chosen != null) {
            return chosen;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return zipped(file, ".cpg") == null ? Charset.forName("GBK") : cpgCharset(zipped(file, ".cpg"));
        }
        if (!name.endsWith(".shp") && !name.endsWith(".dbf")) {
            return null;
        }
        Path cpg = file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.(shp|dbf)$", ".cpg"));
        try {
            return cpgCharset(Files.isRegularFile(cpg) ? Files.readAllBytes(cpg) : new byte[0]);
        } catch (IOException e) {
            return Charset.forName("GBK");
        }
    }

    private static Charset cpgCharset(byte[] cpg) {
        String said = new String(cpg, StandardCharsets.UTF_8).strip();
        return said.toUpperCase(Locale.ROOT).matches(".*(UTF-?8|65001).*") ? StandardCharsets.UTF_8
                : Charset.forName("GBK");
    }

    /**
     * The first bytes (up to 8 KB, or a .dbf's first records) of the first entry of a zipped Shapefile ending in
     * {@code suffix}, read in memory (nothing is extracted); null when there is none or the zip cannot be read.
     */
    private static byte[] zipped(Path zip, String suffix) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            java.util.zip.ZipEntry e = z.stream().filter(x -> !x.isDirectory()
                    && x.getName().toLowerCase(Locale.ROOT).endsWith(suffix)).findFirst().orElse(null);
            if (e == null) {
                return null;
            }
            try (InputStream in = z.getInputStream(e)) {
                return suffix.equals(".dbf") ? records(in) : in.readNBytes(SAMPLE_BYTES);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A sentence (localized) saying that {@code file}, read as {@code used}, is really UTF-8, with the garbled text
     * and the text as UTF-8 reads it; null when the text is not misread (or {@code used} is null or UTF-8).
     */
    static String check(Path file, Charset used) {
        if (used == null || used.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        byte[] bytes = sample(file);
        if (bytes == null || !looksUtf8(bytes)) {
            return null;
        }
        return Messages.get("service.encoding.misread", file.getFileName().toString(), used.name(),
                excerpt(decode(bytes, used)), "UTF-8", excerpt(decode(bytes, StandardCharsets.UTF_8)));
    }

    /** At least two valid multi-byte UTF-8 characters, and at most one bad sequence in ten (a value cut short). */
    static boolean looksUtf8(byte[] bytes) {
        String text = decode(bytes, StandardCharsets.UTF_8);
        long multi = text.chars().filter(c -> c >= 0x80 && c != 0xFFFD).count();
        long bad = text.chars().filter(c -> c == 0xFFFD).count();
        return multi >= 2 && bad * 10 <= multi;
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }

    /** The text from its first non-ASCII character on, spaces collapsed, at most {@value #EXCERPT} characters. */
    private static String excerpt(String text) {
        String one = text.replaceAll("[\\s\\x00]+", " ");
        int from = 0;
        while (from < one.length() && one.charAt(from) < 0x80) {
            from++;
        }
        String out = one.substring(Math.min(from, one.length())).strip();
        return out.length() > EXCERPT ? out.substring(0, EXCERPT) + "…" : out;
    }

    /**
     * The text bytes: a .dbf's first records (whole ones, up to 8 KB; also from a zipped Shapefile), a CSV's first
     * 8 KB; null for other formats.
     */
    private static byte[] sample(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".shp") || name.endsWith(".dbf")) {
                Path dbf = file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.shp$", ".dbf"));
                return Files.isRegularFile(dbf) ? records(dbf) : null;
            }
            if (name.endsWith(".zip")) {
                return zipped(file, ".dbf");
            }
            if (name.endsWith(".csv")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return in.readNBytes(SAMPLE_BYTES);
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] records(Path dbf) throws IOException {
        try (InputStream in = Files.newInputStream(dbf)) {
            return records(in);
        }
    }

    private static byte[] records(InputStream in) throws IOException {
        int recordLength = skipToRecords(in);
        if (recordLength < 0) {
            return null;
        }
        recordLength = Math.max(1, recordLength);
        return in.readNBytes(Math.max(1, SAMPLE_BYTES / recordLength) * recordLength);
    }

    /**
     * Reads the 32-byte header of a .dbf (dBASE III) at the start of {@code in} and skips to its first record;
     * returns the length of a record in bytes, or −1 when the stream ends within the header.
     */
    static int skipToRecords(InputStream in) throws IOException {
        byte[] header = in.readNBytes(32);
        if (header.length < 32) {
            return -1;
        }
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = b.getShort(8) & 0xFFFF;
        int recordLength = b.getShort(10) & 0xFFFF;
        in.skipNBytes(Math.max(0, headerLength - 32));
        return recordLength;
    }
}
