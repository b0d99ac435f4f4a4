package org.villageplanner.report;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled WenQuanYi Micro Hei (TrueType outlines, Apache-2.0) for one PDF document: a subset-embedded
 * {@link PDType0Font} so Chinese stays real, extractable text.
 *
 * <p>Must stay open until the document is saved, because PDFBox reads glyphs from the collection when it builds
 * the subset. Not thread-safe; one instance per document.
 */
final class PdfFonts implements Closeable {
    static final String FACE = "WenQuanYiMicroHei";
    private static final String RESOURCE = "/org/villageplanner/fonts/wqy-microhei.ttc";
    private static File collectionFile;

    private final CmapLookup cmap;
    private final PDType0Font font;
    /**
     * Advance widths of the bundled face by BMP code point, NaN until first asked: a property of the font file,
     * so shared by all documents (a racing write stores the same value). Boxed map look-ups here were the top
     * frames of a warm export's profile.
     */
    private static final float[] BMP_WIDTHS = unknownWidths();
    private final Map<Integer, Float> otherWidths = new HashMap<>();
    /** Per BMP code point: 0 not asked yet, 1 the face has a glyph, 2 it has none (racing writes agree). */
    private static final byte[] BMP_GLYPH = new byte[0x10000];
    /**
     * Per BMP code point, the two bytes PDFBox's {@code PDType0Font.encode} writes for it, with bit 16 set; 0 not
     * asked yet, -1 not a two-byte code. A property of the face, shared like the widths (racing writes agree).
     */
    private static final int[] BMP_CODE = new int[0x10000];
    /** The code points of this document already given to its font subset. */
    private final java.util.BitSet inSubset = new java.util.BitSet(0x10000);

    PdfFonts(PDDocument doc) {
        try {
            Parsed parsed = parsed();
            cmap = parsed.cmap();
            font = PDType0Font.load(doc, parsed.ttf(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed face with its Unicode cmap; the collection stays open because subsetting reads glyphs from it. */
    private record Parsed(TrueTypeCollection collection, TrueTypeFont ttf, CmapLookup cmap) {
    }

    /**
     * The collection parsed once per thread and kept: parsing it was a noticeable share of every export in the warm
     * profile. Per thread because PDFBox reads from it unsynchronised while a document is laid out and saved, and a
     * document is built and saved on one thread.
     */
    private static final ThreadLocal<Parsed> PARSED = new ThreadLocal<>();

    /**
     * A parse started ahead of the first document by {@link ReportPrefetch} (a one-shot {@code planner report}), on
     * another core while the command opens the project. The first thread to ask takes it over and owns it from then
     * on, as if it had parsed it itself (the hand-over through the task orders the memory).
     */
    private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.FutureTask<Parsed>>
            PREFETCHED = new java.util.concurrent.atomic.AtomicReference<>();

    /** Parses the collection now, for the first document of this process; no-op after the first call. */
    static void prefetch() {
        java.util.concurrent.FutureTask<Parsed> task = new java.util.concurrent.FutureTask<>(PdfFonts::parse);
        if (PREFETCHED.compareAndSet(null, task)) {
            task.run();
        }
    }

    private static Parsed parsed() throws IOException {
        Parsed p = PARSED.get();
        if (p == null) {
            java.util.concurrent.FutureTask<Parsed> ahead = PREFETCHED.getAndSet(null);
            if (ahead != null) {
                ahead.run(); // no-op if the prefetching thread has started it; then get() waits for it
                try {
                    p = ahead.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    p = null; // parsed again below, so the error (if any) is this thread's own
                }
            }
            if (p == null) {
                p = parse();
            }
            PARSED.set(p);
        }
        return p;
    }

    private static Parsed parse() throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file());
        TrueTypeFont ttf = collection.getFontByName(FACE);
        if (ttf == null) {
            collection.close();
            throw new IOException("font " + FACE + " not in " + RESOURCE);
        }
        // No OpenType substitutions: the plan is Chinese, digits and plain Latin, which this face draws
        // glyph for glyph, and PDFBox's GSUB pass over every string was a sixth of the report's main thread.
        ttf.setEnableGsub(false);
        return new Parsed(collection, ttf, ttf.getUnicodeCmapLookup());
    }

    PDType0Font pdf() {
        return font;
    }

    /**
     * The string operand PDFBox's {@code showText} writes for {@code text} (the font's encoding of each code point),
     * each code point given to the subset once per document; null when a character is outside the BMP or has no
     * two-byte code, for which the caller uses {@code showText}. PDFBox encodes and adds each character to the
     * subset through boxed maps and sets on every call: half of the text drawing in a warm export's profile.
     */
    byte[] encode(String text) throws IOException {
        int n = text.length();
        byte[] out = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            int code = BMP_CODE[c];
            if (code == 0) {
                byte[] b = font.encode(String.valueOf(c));
                code = b.length == 2 ? 0x10000 | (b[0] & 0xff) << 8 | (b[1] & 0xff) : -1;
                BMP_CODE[c] = code;
            }
            if (code < 0) {
                return null;
            }
            out[2 * i] = (byte) (code >> 8);
            out[2 * i + 1] = (byte) code;
        }
        if (font.willBeSubset()) {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (!inSubset.get(c)) {
                    font.addToSubset(c);
                    inSubset.set(c);
                }
            }
        }
        return out;
    }

    /** Width of {@code text} in points at {@code size}; text should have passed {@link #printable}. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < BMP_WIDTHS.length) {
                float w = BMP_WIDTHS[cp];
                if (Float.isNaN(w)) {
                    w = glyphWidth(cp);
                    BMP_WIDTHS[cp] = w;
                }
                units += w;
            } else {
                units += otherWidths.computeIfAbsent(cp, this::glyphWidth);
            }
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private static float[] unknownWidths() {
        float[] widths = new float[0x10000];
        java.util.Arrays.fill(widths, Float.NaN);
        return widths;
    }

    private float glyphWidth(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return 500;
        }
    }

    /**
     * {@code text} with characters the font lacks replaced by '?', and control characters by spaces: a report
     * must never fail because a village name holds a rare character.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            char replacement = Character.isISOControl(cp) ? ' ' : hasGlyph(cp) ? 0 : '?';
            if (replacement != 0 && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != 0) {
                    sb.append(replacement);
                } else {
                    sb.append(text, i, i + n);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Whether the face has a glyph for the code point; for the BMP remembered in a table shared by all documents
     * (a property of the font file, like the widths): the cmap's boxed look-up was a top frame of a warm export.
     */
    private boolean hasGlyph(int cp) {
        if (cp >= BMP_GLYPH.length) {
            return cmap.getGlyphId(cp) > 0;
        }
        byte known = BMP_GLYPH[cp];
        if (known == 0) {
            known = cmap.getGlyphId(cp) > 0 ? (byte) 1 : (byte) 2;
            BMP_GLYPH[cp] = known;
        }
        return known == 1;
    }

    /**
     * The collection as a file, read lazily by both PDFBox and Java2D: the resource itself when the classes run
     * from a folder, else one copy per run in the temporary folder. Parsing a 5 MB collection from a stream (or
     * letting Java2D copy it) costs far more on a first export than reading the few tables needed from a file.
     */
    private static synchronized File file() throws IOException {
        if (collectionFile == null) {
            URL url = PdfFonts.class.getResource(RESOURCE);
            if (url == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            if ("file".equals(url.getProtocol())) {
                try {
                    collectionFile = new File(url.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            } else {
                Path copy = Files.createTempFile("village-planner-font-", ".ttc");
                copy.toFile().deleteOnExit();
                try (InputStream in = url.openStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                collectionFile = copy.toFile();
            }
        }
        return collectionFile;
    }

    @Override
    public void close() {
        // The parsed collection is kept for the next document on this thread (see PARSED).
    }
}
