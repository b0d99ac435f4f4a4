package org.villageplanner.report;

import org.villageplanner.domain.Language;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A simple top-to-bottom flowing layout on A4 portrait pages: headings, wrapped paragraphs, fixed-height
 * drawings (maps, charts) and, through {@link TableWriter}, tables. Coordinates are PDF points with the origin
 * at the bottom left; {@link #y()} is the top of the free space on the current page.
 *
 * <p>I/O errors of the in-memory content streams are rethrown unchecked; the writer turns them into a
 * {@link org.villageplanner.domain.PlannerException} at its boundary.
 */
final class PageFlow {
    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN_X = 56;
    static final float MARGIN_TOP = 62;
    static final float MARGIN_BOTTOM = 58;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);

    /** Draws into a rectangle of the current page. */
    interface Drawing {
        void draw(PageFlow flow, float x, float bottom, float width, float height) throws IOException;
    }

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final Language language;
    private PDPageContentStream cs;
    private PDPage page;
    private float y;

    PageFlow(PDDocument doc, PdfFonts fonts, Language language) {
        this.doc = doc;
        this.fonts = fonts;
        this.language = language;
    }

    /** The language of the document's text (the plan's, not necessarily the session's). */
    Language language() {
        return language;
    }

    PDDocument doc() {
        return doc;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDPageContentStream cs() {
        return cs;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return A4.getWidth() - 2 * MARGIN_X;
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    /** Free height left on the current page. */
    float room() {
        return y - MARGIN_BOTTOM;
    }

    /** 0-based index of the current page. */
    int pageIndex() {
        return doc.getNumberOfPages() - 1;
    }

    PDPage page() {
        return page;
    }

    void newPage() {
        closeStream();
        page = new PDPage(A4);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - MARGIN_TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (cs == null || room() < height) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    /** A bookmark to the top of the free space on the current page, under {@code parent}. */
    PDOutlineItem bookmark(String title, PDOutlineNode parent) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination());
        parent.addLast(item);
        return item;
    }

    /** A link target at the top of the free space on the current page. */
    PDPageXYZDestination destination() {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop(Math.round(Math.min(A4.getHeight(), y + 30)));
        return dest;
    }

    /** A section title with a rule under it; returns nothing, the caller bookmarks it if wanted. */
    void heading1(String text) {
        ensure(60);
        text(text, left(), y - 18, 17, ACCENT, true);
        line(left(), y - 25, left() + width(), y - 25, ACCENT, 1.2f);
        y -= 40;
    }

    void heading2(String text) {
        ensure(46);
        y -= 6;
        text(text, left(), y - 12, 12, ACCENT, true);
        y -= 20;
    }

    /** A wrapped paragraph; moves to a new page between lines when needed. */
    void paragraph(String text, float size, Color color) {
        float leading = size * 1.55f;
        String safe = fonts.printable(text);
        List<String> lines = LineBreaker.lines(safe, width(), s -> fonts.width(s, size));
        for (String line : lines) {
            ensure(leading);
            text(line, left(), y - size, size, color, false);
            y -= leading;
        }
        y -= size * 0.5f;
    }

    void paragraph(String text) {
        paragraph(text, 10, INK);
    }

    /** A fixed-height block; starts a new page when it does not fit. */
    void drawing(float height, Drawing drawing) {
        ensure(height);
        try {
            drawing.draw(this, left(), y - height, width(), height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** One line of text at a baseline; {@code bold} is simulated with a thin outline (the face has no bold). */
    void text(String text, float x, float baseline, float size, Color color, boolean bold) {
        try {
            cs.beginText();
            cs.setFont(fonts.pdf(), size);
            cs.setNonStrokingColor(color);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setStrokingColor(color);
                cs.setLineWidth(size / 30f);
            }
            cs.newLineAtOffset(x, baseline);
            show(fonts.printable(text));
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Map label: a white outline under the glyphs keeps it legible over fills and boundaries. Text extractors
     * (PDFBox, poppler) drop the overlapping duplicate, so the name is extracted once.
     */
    void haloText(String text, float x, float baseline, float size, Color color, boolean bold) {
        try {
            cs.beginText();
            cs.setFont(fonts.pdf(), size);
            cs.setRenderingMode(RenderingMode.STROKE);
            cs.setStrokingColor(Color.WHITE);
            cs.setLineWidth(size / 5f);
            cs.setLineJoinStyle(1);
            cs.newLineAtOffset(x, baseline);
            show(fonts.printable(text));
            cs.setRenderingMode(RenderingMode.FILL);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text(text, x, baseline, size, color, bold);
    }

    /**
     * {@code cs.showText(text)} with the document font, writing the same bytes ({@code <codes> Tj}) from
     * {@link PdfFonts#encode}'s tables instead of PDFBox's per-character boxed look-ups.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: kept in PDFBox 3, "discouraged" for hand-made operators
    private void show(String text) throws IOException {
        byte[] codes = fonts.encode(text);
        if (codes == null) {
            cs.showText(text);
            return;
        }
        cs.appendRawCommands(showTextOperator(codes));
    }

    /** What PDFBox writes after the string of a {@code showText}. */
    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * {@code (string) Tj} as PDFBox's {@code COSWriter.writeString} writes the string: literal with {@code ( ) \}
     * escaped when every byte is ASCII other than CR and LF, else upper-case hex in angle brackets. Into one array
     * (COSWriter writes byte by byte into a synchronised stream: a top self frame once the look-ups were gone).
     */
    static byte[] showTextOperator(byte[] codes) {
        boolean literal = true;
        for (byte b : codes) {
            if (b < 0 || b == 13 || b == 10) {
                literal = false;
                break;
            }
        }
        byte[] out = new byte[codes.length * 2 + 2 + SHOW_TEXT.length];
        int n = 0;
        if (literal) {
            out[n++] = '(';
            for (byte b : codes) {
                if (b == '(' || b == ')' || b == '\\') {
                    out[n++] = '\\';
                }
                out[n++] = b;
            }
            out[n++] = ')';
        } else {
            out[n++] = '<';
            for (byte b : codes) {
                out[n++] = HEX[(b >> 4) & 0xf];
                out[n++] = HEX[b & 0xf];
            }
            out[n++] = '>';
        }
        System.arraycopy(SHOW_TEXT, 0, out, n, SHOW_TEXT.length);
        return java.util.Arrays.copyOf(out, n + SHOW_TEXT.length);
    }

    /** Text right-aligned so that it ends at {@code right}. */
    void textRight(String text, float right, float baseline, float size, Color color) {
        String safe = fonts.printable(text);
        text(safe, right - fonts.width(safe, size), baseline, size, color, false);
    }

    void textCentered(String text, float centre, float baseline, float size, Color color, boolean bold) {
        String safe = fonts.printable(text);
        text(safe, centre - fonts.width(safe, size) / 2, baseline, size, color, bold);
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float yBottom, float w, float h, Color color) {
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the content stream of the current page; call before adding footers and before saving. */
    void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** Opens an extra content stream on an existing page (contents pages filled in last, page footers). */
    void append(PDPage target) {
        closeStream();
        page = target;
        try {
            cs = new PDPageContentStream(doc, target, PDPageContentStream.AppendMode.APPEND, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - MARGIN_TOP;
    }
}
