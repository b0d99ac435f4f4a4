package org.villageplanner.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 50,000 villages are allowed; 100,000 are refused with advice to split by city or county. */
class ProjectLimitsTest {
    @Test
    void aProvinceIsAllowedAndTwiceTheLimitIsRefusedWithAdvice() {
        assertDoesNotThrow(() -> ProjectLimits.checkVillageCount("p.gpkg", 50_000));
        PlannerException e = assertThrows(PlannerException.class,
                () -> ProjectLimits.checkVillageCount("big.gpkg", 100_000));
        assertEquals("core.project.tooManyVillages", e.key());
        Messages.setLocale(Messages.ENGLISH);
        assertTrue(e.getMessage().contains("big.gpkg") && e.getMessage().contains("city or county"), e.getMessage());
    }
}
