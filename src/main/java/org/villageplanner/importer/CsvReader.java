package org.villageplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.ReadOptions;

/**
 * Reads a CSV table with Apache Commons CSV (RFC 4180: quoted fields may hold separators, quotes written twice and
 * line breaks); our encoding detection and column recognition sit on top. The
 * separator is a comma, or a tab or semicolon when the header has more of those. Encoding: {@code --encoding} if
 * given, else UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else GBK — what Excel
 * writes on a Chinese Windows. Geometry columns: see {@link TableLayer}. Values stay text; field mapping parses
 * them. Thread-safe.
 */
public final class CsvReader implements FeatureReader {
    @Override
    public boolean accepts(Path file) {
        return FeatureReader.hasExtension(file, ".csv", ".tsv", ".txt");
    }

    @Override
    public List<String> layers(Path file) {
        return List.of(GeoJsonReader.layerName(file));
    }

    @Override
    public FeatureLayer read(Path file, ReadOptions options) {
        String name = file.getFileName().toString();
        String text = decode(TextFiles.readAll(file), options.encoding(), name);
        List<List<String>> records = parse(text, separator(text), name);
        if (records.isEmpty()) {
            throw new PlannerException("importer.table.empty", name);
        }
        List<TableLayer.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            rows.add(new TableLayer.Row(i, new ArrayList<>(r.stream().map(s -> (Object) (s.isEmpty() ? null : s))
                    .toList())));
        }
        return TableLayer.build(file.toString(), name, GeoJsonReader.layerName(file), records.get(0), rows, options);
    }

    static String decode(byte[] bytes, Charset forced, String file) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        Charset charset = forced != null ? forced : StandardCharsets.UTF_8;
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException e) {
            if (forced != null) {
                throw new PlannerException(e, "importer.table.badText", file, forced.name());
            }
        }
        try {
            return ShapefileReader.DEFAULT_CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PlannerException(e, "importer.table.badText", file, "UTF-8 / GBK");
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Records of fields, parsed by Apache Commons CSV (RFC 4180). Spaces around a field are dropped; spaces inside
     * a quoted field are kept as written ({@code "徐福  村"} keeps its two spaces). A quote that is never closed is
     * an error naming the line it opened on; text after a closing quote ({@code "ab"c}) is an error naming the line.
     */
    static List<List<String>> parse(String text, char sep, String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).get();
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord r : parser) {
                out.add(new ArrayList<>(r.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int open = openQuoteLine(text, sep);
            if (open > 0) {
                throw new PlannerException(e, "importer.table.openQuote", file, open);
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new PlannerException(e, "importer.table.badQuote", file, root.getMessage());
        }
        return out;
    }

    /** The line on which a quoted field opens that is never closed, or -1 when every quote is closed. */
    private static int openQuoteLine(String text, char sep) {
        boolean quoted = false;
        boolean fieldStart = true;
        int line = 1;
        int opened = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                opened = line;
            }
            fieldStart = c == sep || c == '\n' || c == '\r' || (fieldStart && c == ' ');
        }
        return quoted ? opened : -1;
    }
}
