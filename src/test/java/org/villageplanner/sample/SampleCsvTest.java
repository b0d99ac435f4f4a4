package org.villageplanner.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.PlannerException;

/** The samples' own CSV sources, read as CSV (RFC 4180) and checked row by row. */
class SampleCsvTest {
    @TempDir
    Path dir;

    @Test
    void quotedCellsKeepTheirCommasAndBlankLinesAreSkipped() throws IOException {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "code,name,town_code,town_name,committee_type\r\n"
                + "330282123215,徐福村委会,330282123,龙山镇,village_committee\r\n\r\n"
                + "330282123216,\"东,西村委会\",330282123,龙山镇,village_committee\r\n", StandardCharsets.UTF_8);
        List<String[]> rows = Divisions.Csv.read(csv, 5);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"330282123216", "东,西村委会", "330282123", "龙山镇", "village_committee"},
                rows.get(1));
        List<Divisions.Unit> units = Divisions.villages(csv, "330282123");
        assertEquals(List.of("徐福村", "东,西村"), units.stream().map(Divisions.Unit::shortName).toList());
    }

    @Test
    void aRowWithTooFewCellsNamesTheFileAndRow() throws IOException {
        Path csv = dir.resolve("short.csv");
        Files.writeString(csv, "code,name,town_code,town_name,committee_type\n"
                + "330282123215,徐福村委会,330282123,龙山镇,village_committee\n"
                + "330282123216,田央村委会,330282123\n", StandardCharsets.UTF_8);
        PlannerException e = assertThrows(PlannerException.class, () -> Divisions.Csv.read(csv, 5));
        assertTrue(e.getMessage().contains("short.csv") && e.getMessage().matches("(?s).*(row 3|第 3 行).*"),
                e.getMessage());
    }
}
