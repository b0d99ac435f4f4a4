package org.villageplanner.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Plain comma-separated files with a header and no quoted commas (our own sources). */
    static final class Csv {
        private Csv() {
        }

        static List<String[]> read(Path file, int columns) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PlannerException(e, "sample.file.unreadable", file, e.getMessage());
            }
            List<String[]> out = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new PlannerException("sample.csv.columns", file, i + 1, columns, cells.length);
                }
                out.add(cells);
            }
            return out;
        }
    }
}
