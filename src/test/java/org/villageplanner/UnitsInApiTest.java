package org.villageplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Units;
import org.villageplanner.finance.Indicator;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.finance.Measure;

/**
 * Every money, fraction or ratio figure of the public records of finance and service says its unit, in its type
 * ({@link Units}) or its name ({@code contributionYuan}, {@code widthMm}); indicators are named by {@link Indicator},
 * whose JSON names are the public contract of shared/CLI.md.
 */
class UnitsInApiTest {
    private static final List<Class<? extends Annotation>> UNITS = List.of(Units.Yuan.class, Units.Fen.class,
            Units.Fraction.class, Units.Ratio.class, Units.Score.class, Units.Given.class);
    /** Names that carry their unit: time, size, map units and degrees, and counts kept as long. */
    private static final Pattern NAMED = Pattern.compile(".*(Yuan|Fen|Wan|Millis|Seconds|Mm|Lon|Lat|Bytes)$|^millis$"
            + "|^(fen|bytes|seed|pid|features|population|basisPoints|lon|lat)$");

    @Test
    void everyFigureOfTheFinanceAndServiceRecordsSaysItsUnit() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JavaClass jc : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.villageplanner.finance", "org.villageplanner.service")) {
            Class<?> c = Class.forName(jc.getName());
            if (!c.isRecord() || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!numeric(rc.getGenericType())) {
                    continue;
                }
                checked++;
                boolean annotated = UNITS.stream().anyMatch(rc::isAnnotationPresent);
                if (!annotated && !NAMED.matcher(rc.getName()).matches()) {
                    missing.add(c.getName() + "." + rc.getName());
                }
            }
        }
        assertTrue(checked > 100, "the check saw the figures (" + checked + ")");
        assertEquals(List.of(), missing, "figures whose unit neither type nor name says");
    }

    private static boolean numeric(Type t) {
        if (t == double.class || t == Double.class || t == double[].class || t == long.class) {
            return true;
        }
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                if (numeric(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void indicatorsKeepTheirPublicNamesAndUnits() {
        assertEquals(List.of("belowTotalTarget", "belowOperatingTarget", "gini", "maxMinRatio", "cv", "giniPerCapita",
                "maxMinRatioPerCapita", "cvPerCapita"),
                java.util.Arrays.stream(Indicator.values()).map(Indicator::jsonName).toList());
        assertEquals(Measure.VILLAGES, Indicator.BELOW_TOTAL_TARGET.unit());
        assertEquals(Measure.RATIO, Indicator.GINI.unit());
        IndicatorYear y = new IndicatorYear(3, 4, 5, 0.25, 2.0, 0.5, null, 3.0, 0.75);
        assertEquals(4.0, y.value(Indicator.BELOW_TOTAL_TARGET));
        assertEquals(5.0, y.value(Indicator.BELOW_OPERATING_TARGET));
        assertEquals(0.25, y.value(Indicator.GINI));
        assertEquals(2.0, y.value(Indicator.MAX_MIN_RATIO));
        assertEquals(0.5, y.value(Indicator.CV));
        assertEquals(null, y.value(Indicator.GINI_PER_CAPITA));
        assertEquals(3.0, y.value(Indicator.MAX_MIN_RATIO_PER_CAPITA));
        assertEquals(0.75, y.value(Indicator.CV_PER_CAPITA));
        assertEquals("0.250", Indicator.GINI.format(0.25));
        assertEquals("4", Indicator.BELOW_TOTAL_TARGET.format(4.0));
        assertEquals("—", Indicator.CV.format(null));
        assertEquals(Indicator.CV, Indicator.byJsonName("cv"));
        assertEquals(Measure.YUAN, org.villageplanner.finance.Comparison.measureOf("totalNpv"));
        assertEquals(Measure.FRACTION, org.villageplanner.finance.Comparison.measureOf("pAllMeetTargets"));
        assertEquals(Measure.VILLAGES, org.villageplanner.finance.Comparison.measureOf("belowOperatingTarget"));
    }
}
