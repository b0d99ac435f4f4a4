package org.villageplanner.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.villageplanner.domain.PlannerException;

/**
 * Reads the members of one JSON object strictly, so that every message names the file and the JSON path of the
 * offending value ({@code plan.json: clusters[0].agreement.reserveRatio}).
 *
 * <p>Unknown keys are rejected when the object is opened (a typo must not silently change a plan). A missing
 * optional key gives the caller's default; an explicit {@code null} is accepted only where the format allows
 * null (the {@code nullable*} methods). One instance per object being read, made by {@link #open}, which checks it.
 *
 * @param file the file's name as messages show it
 * @param path the JSON path of this object in the file ("" for the root)
 * @param node the object
 */
record JsonObjectReader(String file, String path, JsonNode node) {
    /** Opens {@code node} at {@code path}, rejecting anything but an object with only {@code allowed} keys. */
    static JsonObjectReader open(String file, String path, JsonNode node, String... allowed) {
        if (node == null || !node.isObject()) {
            throw new PlannerException("importer.json.expectedObject", where(file, path), describe(node));
        }
        Set<String> keys = new LinkedHashSet<>(Arrays.asList(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw new PlannerException("importer.json.unknownKey", where(file, child(path, key)), key,
                        String.join(", ", keys));
            }
        }
        return new JsonObjectReader(file, path, node);
    }

    static String where(String file, String path) {
        return path.isEmpty() ? file : file + ": " + path;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A short, language-neutral rendering of what was found, e.g. {@code "0.1"} for a string. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** "plan.json: clusters[0]" — the location of this object. */
    String where() {
        return where(file, path);
    }

    /** "plan.json: clusters[0].key". */
    String where(String key) {
        return where(file, child(path, key));
    }

    String pathOf(String key) {
        return child(path, key);
    }

    boolean has(String key) {
        return node.has(key);
    }

    JsonNode get(String key) {
        return node.get(key);
    }

    private boolean absent(String key) {
        return !node.has(key);
    }

    private JsonNode present(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new PlannerException("importer.json.missing", where(key));
        }
        return v;
    }

    String requiredText(String key) {
        return textValue(key, present(key));
    }

    String text(String key, String fallback) {
        return absent(key) ? fallback : textValue(key, node.get(key));
    }

    /** Text that may be omitted or null (both give null). */
    String nullableText(String key) {
        return nullable(key, this::textValue);
    }

    /** The value of {@code key} read by {@code read}, or null when the key is omitted or null. */
    private <T> T nullable(String key, BiFunction<String, JsonNode, T> read) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : read.apply(key, v);
    }

    private String textValue(String key, JsonNode v) {
        if (!v.isTextual()) {
            throw new PlannerException("importer.json.expectedText", where(key), describe(v));
        }
        return v.textValue();
    }

    double number(String key, double fallback) {
        return absent(key) ? fallback : numberValue(key, node.get(key));
    }

    double requiredNumber(String key) {
        return numberValue(key, present(key));
    }

    /** A number that may be omitted or null (both give null). */
    Double nullableNumber(String key) {
        return nullable(key, this::numberValue);
    }

    private double numberValue(String key, JsonNode v) {
        if (!v.isNumber()) {
            throw new PlannerException("importer.json.expectedNumber", where(key), describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new PlannerException("importer.json.expectedNumber", where(key), describe(v));
        }
        return d;
    }

    /** A number ≥ 0 (money, areas, volatility). */
    double nonNegative(String key, double fallback) {
        double d = number(key, fallback);
        if (d < 0) {
            throw new PlannerException("importer.json.negative", where(key), d);
        }
        return d;
    }

    /** A fraction in [0, 1] (ratios and rates such as 0.05 = 5%). */
    double fraction(String key, double fallback) {
        double d = number(key, fallback);
        if (d < 0 || d > 1) {
            throw new PlannerException("importer.json.notFraction", where(key), d);
        }
        return d;
    }

    /** A growth or discount rate, which must be above −1 (−100%). */
    double rate(String key, double fallback) {
        double d = number(key, fallback);
        if (d <= -1) {
            throw new PlannerException("importer.json.rateTooLow", where(key), d);
        }
        return d;
    }

    /** A whole number in [min, max]; 10 and 10.0 are accepted, 10.5 is not. */
    long integer(String key, long fallback, long min, long max) {
        if (absent(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        boolean whole = v.isIntegralNumber() ? v.canConvertToLong()
                : v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())
                        && Math.abs(v.doubleValue()) < 9.0e15;
        if (!whole) {
            throw new PlannerException("importer.json.expectedInteger", where(key), describe(v));
        }
        long n = v.longValue();
        if (n < min || n > max) {
            throw new PlannerException("importer.json.outOfRange", where(key), n, min, max);
        }
        return n;
    }

    boolean bool(String key, boolean fallback) {
        if (absent(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            throw new PlannerException("importer.json.expectedBoolean", where(key), describe(v));
        }
        return v.booleanValue();
    }

    /** The object at {@code key} opened with its allowed keys, or null when omitted or null. */
    JsonObjectReader object(String key, String... allowed) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : open(file, child(path, key), v, allowed);
    }

    /** The elements of the array at {@code key}, each opened as an object; empty when omitted. */
    List<JsonObjectReader> objects(String key, String... allowed) {
        List<JsonObjectReader> out = new ArrayList<>();
        JsonNode array = arrayAt(key);
        for (int i = 0; i < array.size(); i++) {
            out.add(open(file, child(path, key) + "[" + i + "]", array.get(i), allowed));
        }
        return out;
    }

    /** The strings of the array at {@code key}; empty when omitted. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        JsonNode array = arrayAt(key);
        for (int i = 0; i < array.size(); i++) {
            JsonNode v = array.get(i);
            if (!v.isTextual()) {
                throw new PlannerException("importer.json.expectedText",
                        where(file, child(path, key) + "[" + i + "]"), describe(v));
            }
            out.add(v.textValue());
        }
        return out;
    }

    private JsonNode arrayAt(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw new PlannerException("importer.json.expectedArray", where(key), describe(v));
        }
        return v;
    }

    /**
     * Runs a domain constructor; a value it rejects (a cross-field rule such as FIXED shares summing to 1) is
     * reported with this object's location in front of the domain's own message.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (PlannerException e) {
            if (e.key().startsWith("importer.")) {
                throw e;
            }
            throw new PlannerException(e, "importer.json.invalid", where(), new LocalizedText(e));
        }
    }

    /** Renders a nested exception's message lazily, in whatever language is current when it is shown. */
    record LocalizedText(PlannerException cause) {
        @Override
        public String toString() {
            return cause.getMessage();
        }
    }
}
