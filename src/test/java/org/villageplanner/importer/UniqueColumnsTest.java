package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header names made unique: blanks become column_N, repeats get _2, _3 …, every value keeps its column. */
class UniqueColumnsTest {
    @Test
    void blanksAndRepeatsGetNamesOfTheirOwn() {
        List<String> header = new ArrayList<>(List.of("村名", "", "村名", "村名_2", "村名", " 人口 "));
        header.add(null);
        assertEquals(List.of("村名", "column_2", "村名_2", "村名_2_2", "村名_3", "人口", "column_7"),
                TableLayer.uniqueColumns(header));
    }

    @Test
    void thousandsOfEqualHeadersAllStayDistinct() {
        // A mutated XLSX with 20,000 equal headers took seconds of CPU before the names were kept in a set.
        List<String> out = TableLayer.uniqueColumns(Collections.nCopies(20_000, "x"));
        assertEquals(20_000, new HashSet<>(out).size());
        assertEquals("x", out.get(0));
        assertEquals("x_20000", out.get(19_999));
    }
}
