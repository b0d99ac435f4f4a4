package org.villageplanner.sample;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;

/**
 * The editable attribute sheet of a sample ({@code samples/longshan_villages.csv}): code, name, population,
 * households, total_income, operating_income (yuan/year), assets (yuan), idle_land_mu, idle_houses, resources
 * ({@code ;}-separated), mountain (true/false). Errors name the file, row and column.
 */
public final class VillageSheet {
    static final String[] COLUMNS = {"code", "name", "population", "households", "total_income", "operating_income",
        "assets", "idle_land_mu", "idle_houses", "resources", "mountain"};

    private VillageSheet() {
    }

    /** Villages by code, in file order, without town or geometry. */
    public static Map<String, Village> read(Path csv) {
        Map<String, Village> out = new LinkedHashMap<>();
        int row = 1;
        for (String[] r : Divisions.Csv.read(csv, COLUMNS.length)) {
            row++;
            Set<String> resources = r[9].isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(r[9].split(";")));
            out.put(r[0], new Village(r[0], r[1], "", null, integer(csv, row, 2, r), integer(csv, row, 3, r),
                    number(csv, row, 4, r), number(csv, row, 5, r), number(csv, row, 6, r), number(csv, row, 7, r),
                    integer(csv, row, 8, r), resources, Boolean.parseBoolean(r[10].strip())));
        }
        return out;
    }

    private static double number(Path csv, int row, int col, String[] r) {
        try {
            return Double.parseDouble(r[col].strip());
        } catch (NumberFormatException e) {
            throw new PlannerException("sample.csv.number", csv, row, COLUMNS[col], r[col]);
        }
    }

    private static int integer(Path csv, int row, int col, String[] r) {
        try {
            return Integer.parseInt(r[col].strip());
        } catch (NumberFormatException e) {
            throw new PlannerException("sample.csv.integer", csv, row, COLUMNS[col], r[col]);
        }
    }
}
