package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.VillageConverter;

/**
 * Column names a Shapefile had to cut to its 10 bytes map back to their fields on import: our own short names, the
 * 10-character cuts GDAL and QGIS make of our long names (total_inco, operating_, idle_land_, cluster_na, cluster_ty,
 * cluster_le), and Chinese names cut inside a UTF-8 character (经营性收入 → 经营性 and one byte of 收); every such
 * reading is listed among the import's conversions.
 */
class CutNamesTest {
    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void gdalsTenCharacterCutsOfOurColumnsMapBackAndAreListed() {
        FeatureLayer layer = VillageMapperTest.table("qgis.shp",
                "code|name|total_inco|operating_|idle_land_|cluster|cluster_na|cluster_ty|cluster_le",
                "1|甲村|3000000.5|1200000|16.375|east|东片区|COMPLEMENTARY|1",
                "2|乙村|900000|300000|2|east|东片区|COMPLEMENTARY|0");
        VillageConverter.Merge m = new VillageMapper().merge(layer, Map.of(), null, List.of());
        Village a = m.villages().get(0);
        assertEquals(3_000_000.5, a.totalIncome(), 1e-9);
        assertEquals(1_200_000, a.operatingIncome(), 1e-9);
        assertEquals(16.375, a.idleLandMu(), 1e-12);
        VillageConverter.ClusterTag tag = m.clusterTags().get("1");
        assertEquals(new VillageConverter.ClusterTag("east", "东片区", "COMPLEMENTARY", true), tag);
        assertEquals(false, m.clusterTags().get("2").leader());
        assertEquals(List.of(), m.unusedColumns());
        for (String cut : List.of("total_inco", "operating_", "idle_land_", "cluster_na", "cluster_ty", "cluster_le")) {
            assertTrue(m.conversions().stream().anyMatch(c -> c.contains("\"" + cut + "\"")), cut + ": "
                    + m.conversions());
        }
    }

    @Test
    void chineseNamesCutToThreeCharactersAreRecognisedWhenOnlyOneFieldFits() {
        FeatureLayer layer = VillageMapperTest.table("cut.shp", "代码|村名|经营性|集体资|村集体",
                "1|甲村|250000|8000000|5", "2|乙村|260000|9000000|6");
        VillageConverter.Merge m = new VillageMapper().merge(layer, Map.of(), null, List.of());
        assertEquals(250_000, m.villages().get(0).operatingIncome(), 1e-9);
        assertEquals(8_000_000, m.villages().get(0).assets(), 1e-9);
        // 村集体 could be 村集体经济收入 or 村集体经营性收入: not guessed, listed as not imported.
        assertEquals(List.of("村集体"), m.unusedColumns());
    }

    @Test
    void aDbfNameCutInsideAUtf8CharacterIsReadWithoutItsBrokenByte() {
        byte[] cut = new byte[10];
        byte[] kept = "经营性".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(kept, 0, cut, 0, 9);
        cut[9] = "收".getBytes(StandardCharsets.UTF_8)[0];
        DbfTable.Table t = DbfTable.read(dbf(cut, "250000"), StandardCharsets.UTF_8, "cut.dbf");
        assertEquals("经营性", t.columns().get(0).name());
        assertEquals("250000", String.valueOf(t.rows().get(0).get("经营性")).strip());
    }

    @Test
    void aShortNameThatDoesNotDecodeIsStillAnError() {
        byte[] bad = {(byte) 0xE6, 'a', 'b'};
        PlannerException e = assertThrows(PlannerException.class,
                () -> DbfTable.read(dbf(bad, "1"), StandardCharsets.UTF_8, "bad.dbf"));
        assertTrue(e.getMessage().contains("bad.dbf"), e.getMessage());
    }

    /** A dBASE III table with one character field named by {@code name}'s bytes and one record. */
    private static ByteBuffer dbf(byte[] name, String value) {
        int width = 10;
        int headerLength = 32 + 32 + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + 1 + width + 1).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(1).putShort((short) headerLength)
                .putShort((short) (1 + width));
        b.position(32);
        byte[] field = new byte[11];
        System.arraycopy(name, 0, field, 0, name.length);
        b.put(field).put((byte) 'C').putInt(0).put((byte) width).put((byte) 0).put(new byte[14]);
        b.put((byte) 0x0D).put((byte) ' ');
        byte[] cell = String.format("%-" + width + "s", value).getBytes(StandardCharsets.US_ASCII);
        b.put(cell).put((byte) 0x1A);
        return b.flip();
    }
}
