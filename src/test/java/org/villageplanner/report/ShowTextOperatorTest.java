package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.junit.jupiter.api.Test;

/** PageFlow writes the operand of showText itself; it must be the bytes PDFBox writes for the same codes. */
class ShowTextOperatorTest {
    @Test
    void sameBytesAsPdfBoxForLiteralHexAndEscapedStrings() throws Exception {
        byte[][] cases = {
            {}, {0x00, 0x41}, {0x00, 0x28, 0x00, 0x29}, {0x00, 0x5c, 0x12, 0x34}, {0x00, 0x0d}, {0x0a, 0x00},
            {(byte) 0xC0, (byte) 0x90, 0x7E, (byte) 0xFF}, "plain ASCII (with) \\ escapes".getBytes(StandardCharsets.US_ASCII),
        };
        for (byte[] c : cases) {
            assertArrayEquals(pdfBox(c), PageFlow.showTextOperator(c));
        }
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 2_000; i++) {
            byte[] c = new byte[2 * random.nextInt(12)];
            for (int k = 0; k < c.length; k++) {
                c[k] = (byte) (random.nextBoolean() ? random.nextInt(0x20, 0x7f) : random.nextInt(256));
            }
            assertArrayEquals(pdfBox(c), PageFlow.showTextOperator(c));
        }
    }

    private static byte[] pdfBox(byte[] codes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        COSWriter.writeString(codes, out);
        out.write(" Tj\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
