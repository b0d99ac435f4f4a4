package org.villageplanner.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/**
 * An administrative village (行政村) with its base-year figures.
 *
 * <p>Money is in yuan per year (incomes) or yuan (assets); land in mu (亩). {@code geometry} is a Polygon,
 * MultiPolygon or Point in EPSG:4326 (lon/lat), or null when only attributes are known. {@code population}
 * and {@code households} are 0 when unknown. Strength is not stored: it depends on the scenario's
 * thresholds, see {@link Assumptions#strengthOf(Village)}.
 *
 * @throws PlannerException when a required field is blank or a figure is negative or not a number;
 *         the message names the village and the field
 */
public record Village(
        String code,
        String name,
        String town,
        Geometry geometry,
        int population,
        int households,
        double totalIncome,
        double operatingIncome,
        double assets,
        double idleLandMu,
        int idleHouses,
        Set<String> resources,
        boolean mountain) {

    public Village {
        code = Check.text(code, "village", "code");
        String owner = name == null || name.isBlank() ? code : name + " (" + code + ")";
        name = Check.text(name, code, "name");
        town = town == null ? "" : town.strip();
        Check.nonNegative(population, owner, "population");
        Check.nonNegative(households, owner, "households");
        Check.nonNegative(totalIncome, owner, "total_income");
        Check.nonNegative(operatingIncome, owner, "operating_income");
        Check.nonNegative(assets, owner, "assets");
        Check.nonNegative(idleLandMu, owner, "idle_land_mu");
        Check.nonNegative(idleHouses, owner, "idle_houses");
        resources = resources == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(resources));
    }

    /** A village with only the fields the simulation needs; handy in tests and for attribute-only data. */
    public static Village of(String code, String name, double totalIncome, double operatingIncome) {
        return new Village(code, name, "", null, 0, 0, totalIncome, operatingIncome, 0, 0, 0, Set.of(), false);
    }

    public Village withGeometry(Geometry g) {
        return new Village(code, name, town, g, population, households, totalIncome, operatingIncome, assets,
                idleLandMu, idleHouses, resources, mountain);
    }

    public Village withIncomes(double total, double operating) {
        return new Village(code, name, town, geometry, population, households, total, operating, assets,
                idleLandMu, idleHouses, resources, mountain);
    }

    /** "徐福村 (330282123215)": how messages name a village. */
    public String label() {
        return name + " (" + code + ")";
    }

    /**
     * {@code villages} by code, in list order (a repeated code keeps the last); unmodifiable. The map of a list a
     * {@link PlanProject} has checked is built once and shared (see {@code VillageListMemo}).
     */
    public static Map<String, Village> byCode(List<Village> villages) {
        VillageListMemo memo = VillageListMemo.checked(villages);
        return memo != null ? memo.byCode() : index(villages);
    }

    /** A new unmodifiable map of {@code villages} by code, in list order. */
    static Map<String, Village> index(List<Village> villages) {
        Map<String, Village> map = new LinkedHashMap<>();
        villages.forEach(v -> map.put(v.code(), v));
        return Collections.unmodifiableMap(map);
    }
}
