package org.villageplanner.service;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to import village files (CLI {@code import}): {@code layer}, {@code encoding} and {@code crs} as in
 * {@link ReadOptions}; {@code fieldMap} maps a village field to a column of the file ({@code operating_income →
 * 经营收入}), overriding the automatic recognition of CLI.md "Village fields". A field written with the suffix
 * {@code _wan} ({@code operating_income_wan}) says the column is in 万元.
 */
public record ImportOptions(String layer, Charset encoding, String crs, Map<String, String> fieldMap,
                            boolean moneyAsYuan, String scenario, Set<String> skipScenarios) {
    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, null, Map.of());

    /** Without {@code moneyAsYuan} (money columns that look like 万元 are refused) and scenario name. */
    public ImportOptions(String layer, Charset encoding, String crs, Map<String, String> fieldMap) {
        this(layer, encoding, crs, fieldMap, false, null);
    }

    /**
     * {@code scenario}: the name of the scenario the cluster columns become, and the one scenario a project
     * GeoPackage source gives (all of them without it); {@code skipScenarios}: scenarios of a project GeoPackage the
     * user chose not to take over (the import dialog's unticked ones), listed as not taken over.
     */
    public ImportOptions(String layer, Charset encoding, String crs, Map<String, String> fieldMap,
            boolean moneyAsYuan, String scenario) {
        this(layer, encoding, crs, fieldMap, moneyAsYuan, scenario, Set.of());
    }

    public ImportOptions {
        fieldMap = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMap == null ? Map.of() : fieldMap));
        skipScenarios = skipScenarios == null ? Set.of() : Set.copyOf(skipScenarios);
    }

    public ReadOptions readOptions() {
        return new ReadOptions(layer, encoding, crs);
    }
}
