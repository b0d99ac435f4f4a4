package org.villageplanner.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.villageplanner.domain.CommitteeNames;
import org.villageplanner.domain.PlannerException;

/**
 * The statistical division list ({@code samples/cixi_divisions_2023.csv}: code, name, town_code, town_name,
 * committee_type). Only village committees are villages; the "quasi" units (virtual communities in development
 * zones, 龙山农垦场生活区) are not real villages and are never returned by {@link #villages}.
 */
public final class Divisions {
    /** One village committee with its published name and the short name the app shows (徐福村委会 → 徐福村). */
    public record Unit(String code, String name, String townCode, String townName, String type) {
        public String shortName() {
            return CommitteeNames.shortName(name);
        }
    }

    private Divisions() {
    }

    /** The village committees in file order, optionally of one town ({@code townCode} null = all). */
    public static List<Unit> villages(Path csv, String townCode) {
        List<Unit> out = new ArrayList<>();
        List<String[]> rows = Csv.read(csv, 5);
        for (String[] r : rows) {
            if (r[4].equals("village_committee") && !r[1].contains("虚拟") && (townCode == null || r[2].equals(townCode))) {
                out.add(new Unit(r[0], r[1], r[2], r[3], r[4]));
            }
        }
        if (out.isEmpty()) {
            throw new PlannerException("sample.divisions.none", csv, townCode == null ? "*" : townCode);
        }
        return out;
    }

    /** Comma-separated files with a header row (our own sources), read by Apache Commons CSV. */
    static final class Csv {
        private Csv() {
        }

        /** The data rows after the header; a row without {@code columns} cells is an error naming file and row. */
        static List<String[]> read(Path file, int columns) {
            List<String[]> out = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
                for (CSVRecord r : parser) {
                    if (r.getRecordNumber() == 1) {
                        continue; // the header
                    }
                    if (r.size() != columns) {
                        throw new PlannerException("sample.csv.columns", file, r.getRecordNumber(), columns, r.size());
                    }
                    out.add(r.values());
                }
            } catch (IOException | UncheckedIOException e) {
                throw new PlannerException(e, "sample.file.unreadable", file, e.getMessage());
            }
            return out;
        }
    }
}
