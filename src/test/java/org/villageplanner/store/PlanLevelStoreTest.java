package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanLevel;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;

/** The plan-level setting lives in project_info.plan_level: null (derive) or township / county. */
class PlanLevelStoreTest {
    private final GeoPackageRepository repo = new GeoPackageRepository();

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theLevelSettingSurvivesSaveAndOpenAndUnsetStaysUnset() throws Exception {
        PlanProject p = TestProjects.everyField();
        Path unset = dir.resolve("unset.gpkg");
        repo.write(p, unset);
        assertNull(repo.read(unset).info().level());

        Path county = dir.resolve("county.gpkg");
        repo.write(p.withInfo(p.info().withLevel(PlanLevel.COUNTY)), county);
        assertEquals(PlanLevel.COUNTY, repo.read(county).info().level());
        try (Connection c = GeoPackageRepository.open(county, true);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT plan_level FROM project_info")) {
            assertTrue(rs.next());
            assertEquals("county", rs.getString(1), "stored by its CLI spelling");
        }
    }

    @Test
    void anUnknownLevelInTheFileIsAnErrorNamingFileTableAndColumn() throws Exception {
        Path f = dir.resolve("edited.gpkg");
        repo.write(TestProjects.everyField(), f);
        try (Connection c = GeoPackageRepository.open(f, false)) {
            Migrations.exec(c, "UPDATE project_info SET plan_level = 'province'");
        }
        PlannerException e = assertThrows(PlannerException.class, () -> repo.read(f));
        assertTrue(e.getMessage().contains("edited.gpkg") && e.getMessage().contains("project_info")
                && e.getMessage().contains("plan_level") && e.getMessage().contains("province"), e.getMessage());
    }
}
