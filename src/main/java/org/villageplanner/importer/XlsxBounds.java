package org.villageplanner.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.villageplanner.domain.PlannerException;

/**
 * Checks the parts of an .xlsx workbook that make the Excel library (fastexcel) spend time or memory in proportion
 * to a number written in the file, before the library reads it. Found by {@code bench fuzz} (seed 1, input
 * #602037): a text cell {@code <c t="s"><v>2147483647</v></c>} makes the library's shared-string table append
 * empty strings until it has that many — over 2 s of CPU and gigabytes of memory for one cell of a 5 KB file.
 * Likewise a cell reference beyond column XFD makes it allocate a row of that width.
 *
 * <p>So every worksheet part is streamed once and refused, naming the part and the cell, when
 * <ul>
 *   <li>a shared-string cell ({@code t="s"}) holds anything but an index of an existing shared string,</li>
 *   <li>a cell reference is not of the form A1 or lies beyond column XFD (16,384) or row 1,048,576, or a row
 *       number lies beyond row 1,048,576,</li>
 *   <li>a part unpacks to more than {@link #MAX_PART_BYTES} (a zip bomb, or far more than a table of villages).</li>
 * </ul>
 * Malformed XML is not judged here: the scan of that part stops and the library reports it when (and only when) it
 * reads that part, with the same parser. The work is linear in the size of the unpacked parts, with no allocation
 * that a number in the file decides.
 */
final class XlsxBounds {
    /** Excel's own limits. */
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;
    /** Unpacked size of one XML part that we are willing to read (a 3,000-village sheet is about 2 MB). */
    static final long MAX_PART_BYTES = 128L << 20;

    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final XMLInputFactory XML = factory();

    private XlsxBounds() {
    }

    /** Throws a {@link PlannerException} naming {@code name} when the workbook at {@code file} breaks a bound. */
    static void check(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long strings = sharedStringCount(zip, name);
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.isDirectory() && e.getName().endsWith(".xml")) {
                    scanWorksheet(zip, e, strings, name);
                }
            }
        } catch (ZipException notAZip) {
            // Not a zip this reader can open: the library reports it in its own words.
        } catch (IOException e) {
            throw new PlannerException(e, "importer.xlsx.bad", name, String.valueOf(e.getMessage()));
        }
    }

    /** Complete {@code <si>} items of the shared-string part named in [Content_Types].xml; -1 if there is none. */
    private static long sharedStringCount(ZipFile zip, String name) throws IOException {
        String part = sharedStringPart(zip, name);
        ZipEntry e = part == null ? null : zip.getEntry(part);
        if (e == null) {
            return -1; // the library then has no table and gives no text for such cells: nothing to bound
        }
        long count = 0;
        try (InputStream in = limited(zip, e, name)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            int depth = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && "si".equals(x.getLocalName())) {
                        count++;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException malformed) {
            // items after the damage cannot be read by the library either
        }
        return count;
    }

    private static String sharedStringPart(ZipFile zip, String name) throws IOException {
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null) {
            return null;
        }
        try (InputStream in = limited(zip, types, name)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(x.getLocalName())
                        && SHARED_STRINGS.equals(x.getAttributeValue(null, "ContentType"))) {
                    String partName = x.getAttributeValue(null, "PartName");
                    return partName == null ? null : partName.startsWith("/") ? partName.substring(1) : partName;
                }
            }
        } catch (XMLStreamException malformed) {
            // the library cannot find its parts either and refuses the workbook
        }
        return null;
    }

    private static void scanWorksheet(ZipFile zip, ZipEntry e, long strings, String name) throws IOException {
        try (InputStream in = limited(zip, e, name)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            String cell = null;
            boolean sharedString = false;
            boolean inValue = false;
            StringBuilder value = new StringBuilder();
            boolean root = true;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    if (root) {
                        if (!"worksheet".equals(local)) {
                            return; // another kind of part
                        }
                        root = false;
                    } else if ("row".equals(local)) {
                        checkRow(x.getAttributeValue(null, "r"), e.getName(), name);
                    } else if ("c".equals(local)) {
                        cell = x.getAttributeValue(null, "r");
                        if (cell != null) {
                            checkCell(cell, e.getName(), name);
                        }
                        sharedString = "s".equals(x.getAttributeValue(null, "t"));
                    } else if ("v".equals(local) && sharedString) {
                        inValue = true;
                        value.setLength(0);
                    }
                } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    if (value.length() < 32) {
                        value.append(x.getText(), 0, Math.min(x.getTextLength(), 32));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = x.getLocalName();
                    if (inValue && "v".equals(local)) {
                        inValue = false;
                        checkStringIndex(value.toString().strip(), strings, cell, e.getName(), name);
                    } else if ("c".equals(local)) {
                        sharedString = false;
                        cell = null;
                    }
                }
            }
        } catch (XMLStreamException malformed) {
            // judged by the library, with the same parser, if and when it reads this part
        }
    }

    private static void checkRow(String r, String part, String name) {
        if (r == null) {
            return;
        }
        long row = digits(r.strip());
        if (row < 1 || row > MAX_ROW) {
            throw new PlannerException("importer.xlsx.rowOutside", name, part, r, MAX_ROW);
        }
    }

    /** A cell reference must be letters then digits (A1 … XFD1048576). */
    static void checkCell(String ref, String part, String name) {
        int i = 0;
        long column = 0;
        while (i < ref.length() && i < 4 && isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        long row = i == 0 ? -1 : digits(ref.substring(i));
        if (column < 1 || column > MAX_COLUMN || row < 1 || row > MAX_ROW) {
            throw new PlannerException("importer.xlsx.cellOutside", name, part, ref, MAX_COLUMN, MAX_ROW);
        }
    }

    private static void checkStringIndex(String v, long strings, String cell, String part, String name) {
        if (strings < 0) {
            return;
        }
        long index = digits(v);
        if (index < 0 || index >= strings) {
            throw new PlannerException("importer.xlsx.noSuchString", name, part, cell == null ? "?" : cell, v,
                    strings);
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The value of 1 to 10 ASCII digits, or -1. */
    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static InputStream limited(ZipFile zip, ZipEntry e, String name) throws IOException {
        return new FilterInputStream(zip.getInputStream(e)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > MAX_PART_BYTES) {
                    throw new PlannerException("importer.xlsx.partTooLarge", name, e.getName(), MAX_PART_BYTES >> 20);
                }
            }
        };
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
