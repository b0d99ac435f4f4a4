package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;

class CrsTest {
    static final String ESRI_CM_117 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_"
            + "System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\""
            + ",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\","
            + "500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",117.0],PARAMETER["
            + "\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EPSG:4549                                           | 4549
            epsg:4490                                           | 4490
            4326                                                | 4326
            urn:ogc:def:crs:EPSG::4527                          | 4527
            urn:ogc:def:crs:OGC:1.3:CRS84                       | 4326
            http://www.opengis.net/def/crs/EPSG/0/3857          | 3857
            PROJCS["CGCS2000_3_Degree_GK_Zone_39",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Gauss_Kruger"]] | 4527
            PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]]  | 4549
            PROJCS["CGCS2000_GK_Zone_21",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]]          | 4499
            PROJCS["CGCS2000_GK_CM_123E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]]          | 4510
            PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 40",GEOGCS["China Geodetic Coordinate System 2000"]] | 4528
            PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 120E",GEOGCS["China Geodetic Coordinate System 2000"]] | 4549
            GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]] | 4490
            GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]] | 4326
            PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"]]                   | 3857
            PROJCS["anything",GEOGCS["x"],AUTHORITY["EPSG","32651"]]                                  | 32651
            PROJCS["my local GK",GEOGCS["x",DATUM["China_2000"]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",40500000],PARAMETER["false_northing",0]] | 4528
            PROJCS["my local GK",GEOGCS["x",DATUM["China_2000"]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",117],PARAMETER["false_easting",500000]] | 4548
            """)
    void recognisesCodesUrnsAndWkt(String text, int expected) {
        assertEquals(expected, Crs.epsgOf(text, "t.prj"));
    }

    @Test
    void mapsTheEsriNameOfA3DegreeCentralMeridianZone() {
        assertEquals(4548, Crs.epsgOf(ESRI_CM_117, "v.prj"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980"]],PROJECTION["Gauss_Kruger"]] | Xian_1980_3_Degree_GK_CM_120E
            PROJCS["CGCS2000_3_Degree_GK_Zone_99",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]]                  | CGCS2000_3_Degree_GK_Zone_99
            +proj=tmerc +lon_0=120                                                                                       | +proj=tmerc +lon_0=120
            """)
    void unknownSystemIsAnErrorQuotingWhatWasFound(String text, String quoted) {
        PlannerException e = assertThrows(PlannerException.class, () -> Crs.epsgOf(text, "v.prj"));
        assertEquals("crs.unknown", e.key());
        assertTrue(e.getMessage().startsWith("v.prj: the coordinate system \"" + quoted + "\""), e.getMessage());
    }

    @Test
    void missingCrsAsksForTheOption() {
        PlannerException e = assertThrows(PlannerException.class, () -> Crs.epsgOf(" ", "v.shp"));
        assertEquals("crs.missing", e.key());
        assertTrue(e.getMessage().contains("--crs"));
    }

    /** Every CGCS2000 code as GDAL writes it into a .prj (ESRI WKT, no authority) maps back to itself. */
    @Test
    void everyCgcs2000EsriWktFromGdalMapsBackToItsCode() {
        assumeTrue(gdalAvailable(), "gdalsrsinfo is not installed");
        List<String> wrong = new ArrayList<>();
        for (int code = 4490; code <= 4554; code++) {
            String esri = run("gdalsrsinfo", "-o", "wkt_esri", "EPSG:" + code).strip();
            int found = Crs.epsgOf(esri, "EPSG:" + code);
            if (found != code) {
                wrong.add(code + " -> " + found);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** OGC WKT with its AUTHORITY removed still gives the right zone, from the projection parameters. */
    @ParameterizedTest
    @CsvSource({"4491", "4501", "4513", "4527", "4533"})
    void gaussKrugerZoneIsFoundFromParametersWhenNoNameOrAuthorityMatches(int code) {
        assumeTrue(gdalAvailable(), "gdalsrsinfo is not installed");
        String wkt = run("gdalsrsinfo", "-o", "wkt1", "EPSG:" + code)
                .replaceAll(",\\s*AUTHORITY\\[\"EPSG\",\"\\d+\"\\]", "")
                .replaceFirst("PROJCS\\[\"[^\"]*\"", "PROJCS[\"renamed\"");
        assertEquals(code, Crs.epsgOf(wkt, "x.prj"));
    }

    static boolean gdalAvailable() {
        try {
            return new ProcessBuilder("gdalsrsinfo", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String run(String... command) {
        return runWithInput(null, command);
    }

    static String runWithInput(String stdin, String... command) {
        try {
            Process p = new ProcessBuilder(command).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), String.join(" ", command));
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
