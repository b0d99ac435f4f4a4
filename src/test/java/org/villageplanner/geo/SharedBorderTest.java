package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Shared border in metres of two polygons in a metric frame (JTS-style one-line cases). */
class SharedBorderTest {
    @ParameterizedTest(name = "{0} | {1} tol {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # A                                             | B                                                      | tol | expected metres
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((100 0,200 0,200 100,100 100,100 0))           | 5   | 100
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((100 50,200 50,200 150,100 150,100 50))        | 5   | 50
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((102 0,200 0,200 100,102 100,102 0))           | 5   | 100
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((102 0,200 0,200 100,102 100,102 0))           | 1   | 0
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((100 100,200 100,200 200,100 200,100 100))     | 5   | 0
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((300 0,400 0,400 100,300 100,300 0))           | 5   | 0
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((99 0,200 0,200 100,99 100,99 0))              | 5   | 102
            POLYGON((0 0,300 0,300 300,0 300,0 0),(100 100,200 100,200 200,100 200,100 100)) | POLYGON((100 100,200 100,200 200,100 200,100 100)) | 1 | 400
            POLYGON((0 0,100 0,100 100,0 100,0 0))          | POLYGON((100 0,200 0,150 100,100 0))                   | 5   | 11.18
            POLYGON((0 0,100 0,100 40,100 60,100 100,0 100,0 0)) | POLYGON((100 0,200 0,200 100,100 100,100 60,100 40,100 0)) | 0 | 100
            """)
    void sharedBorderWithinTolerance(String a, String b, double tol, double expected) throws ParseException {
        check(a, b, tol, expected);
    }

    private static void check(String a, String b, double tol, double expected) throws ParseException {
        WKTReader r = new WKTReader();
        assertEquals(expected, SharedBorder.lengthMeters(r.read(a), r.read(b), tol), 0.01);
        // (a narrow wedge meeting a corner stays within the band for tol / sin(angle): the 11.18 m case)
        assertEquals(expected, SharedBorder.lengthMeters(r.read(b), r.read(a), tol), 0.01, "symmetric");
    }
}
