package org.villageplanner.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.villageplanner.domain.GeoPoint;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;

/**
 * The optional top-level {@code "villages"} array of a scenario file, which makes the file self-contained.
 * Fields use the canonical names of CLI.md "Village fields" (incomes in yuan); {@code resources} is a list of
 * tags or one {@code ;}-separated string. Our extension {@code location} ({lon, lat}) gives a point geometry;
 * polygon outlines are not carried by scenario files and are not written.
 */
final class VillageJson {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String[] KEYS = {"code", "name", "town", "population", "households", "total_income",
        "operating_income", "assets", "idle_land_mu", "idle_houses", "resources", "mountain", "location"};

    private VillageJson() {
    }

    static List<Village> readAll(JsonObjectReader doc) {
        List<Village> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonObjectReader v : doc.objects("villages", KEYS)) {
            Village village = read(v);
            if (!codes.add(village.code())) {
                throw new PlannerException("importer.json.duplicateCode", v.where("code"), village.code());
            }
            out.add(village);
        }
        return out;
    }

    private static Village read(JsonObjectReader v) {
        String code = v.requiredText("code");
        String name = v.requiredText("name");
        String town = v.text("town", "");
        int population = (int) v.integer("population", 0, 0, Integer.MAX_VALUE);
        int households = (int) v.integer("households", 0, 0, Integer.MAX_VALUE);
        double total = v.nonNegative("total_income", 0);
        double operating = v.nonNegative("operating_income", 0);
        double assets = v.nonNegative("assets", 0);
        double idleLand = v.nonNegative("idle_land_mu", 0);
        int idleHouses = (int) v.integer("idle_houses", 0, 0, Integer.MAX_VALUE);
        Set<String> resources = resources(v);
        boolean mountain = v.bool("mountain", false);
        GeoPoint at = ScenarioJsonReader.location(v.object("location", "lon", "lat"));
        Point point = at == null ? null : WGS84.createPoint(new Coordinate(at.lon(), at.lat()));
        return v.build(() -> new Village(code, name, town, point, population, households, total, operating, assets,
                idleLand, idleHouses, resources, mountain));
    }

    private static Set<String> resources(JsonObjectReader v) {
        if (v.has("resources") && v.get("resources").isTextual()) {
            return parseTags(v.get("resources").textValue());
        }
        return new LinkedHashSet<>(v.texts("resources").stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    /** "tea; bayberry;;scenic" → {tea, bayberry, scenic}; also accepts the Chinese separators ；and 、. */
    static Set<String> parseTags(String text) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(text.split("[;；、]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    static ArrayNode writeAll(List<Village> villages, ArrayNode array) {
        for (Village v : villages) {
            ObjectNode o = array.addObject();
            o.put("code", v.code());
            o.put("name", v.name());
            o.put("town", v.town());
            o.put("population", v.population());
            o.put("households", v.households());
            ScenarioJsonWriter.number(o, "total_income", v.totalIncome());
            ScenarioJsonWriter.number(o, "operating_income", v.operatingIncome());
            ScenarioJsonWriter.number(o, "assets", v.assets());
            ScenarioJsonWriter.number(o, "idle_land_mu", v.idleLandMu());
            o.put("idle_houses", v.idleHouses());
            ArrayNode tags = o.putArray("resources");
            v.resources().forEach(tags::add);
            o.put("mountain", v.mountain());
            if (v.geometry() instanceof Point p && !p.isEmpty()) {
                ObjectNode loc = o.putObject("location");
                ScenarioJsonWriter.number(loc, "lon", p.getX());
                ScenarioJsonWriter.number(loc, "lat", p.getY());
            }
        }
        return array;
    }
}
