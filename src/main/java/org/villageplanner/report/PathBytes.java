package org.villageplanner.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Path operators ({@code x y m}, {@code x y l}, {@code h}) collected byte for byte as PDFBox's content stream
 * writes them (numbers through {@link NumberFormatUtil#formatFloatFast} with PDFBox's five fraction digits, one space
 * after each operand, a line end after each operator), then appended to the stream in one piece. Map rings are
 * most of a plan's path points; PDFBox's {@code lineTo} makes six small writes per point into its scratch buffer
 * and encodes each operator name anew. One instance per map; not thread-safe.
 */
final class PathBytes {
    /** {@code PDAbstractContentStream}'s maximum fraction digits (PDFBox 3.0). */
    private static final int FRACTION_DIGITS = 5;
    private byte[] bytes = new byte[8192];
    private int length;
    private final byte[] number = new byte[32];

    /** Starts an empty path piece. */
    void clear() {
        length = 0;
    }

    /** Adds {@code x y op}; false (and nothing added) for a number PDFBox would not write the fast way. */
    boolean point(float x, float y, char op) {
        int start = length;
        if (!operand(x) || !operand(y)) {
            length = start;
            return false;
        }
        operator(op);
        return true;
    }

    /** Adds an operator without operands ({@code h}). */
    void operator(char op) {
        room(2);
        bytes[length++] = (byte) op;
        bytes[length++] = '\n';
    }

    private boolean operand(float v) {
        if (!Float.isFinite(v)) {
            return false;
        }
        int n = NumberFormatUtil.formatFloatFast(v, FRACTION_DIGITS, number);
        if (n < 0) {
            return false;
        }
        room(n + 1);
        System.arraycopy(number, 0, bytes, length, n);
        length += n;
        bytes[length++] = ' ';
        return true;
    }

    private void room(int n) {
        if (length + n > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
    }

    /** Appends the collected operators to {@code cs} (outside a text block) and starts an empty piece. */
    @SuppressWarnings("deprecation") // appendRawCommands: kept in PDFBox 3, "discouraged" for hand-made operators
    void appendTo(PDPageContentStream cs) throws IOException {
        if (length > 0) {
            cs.appendRawCommands(java.util.Arrays.copyOf(bytes, length));
        }
        length = 0;
    }
}
