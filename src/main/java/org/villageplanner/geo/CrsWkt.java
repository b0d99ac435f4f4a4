package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A minimal reader of Well-Known Text coordinate systems (OGC WKT1, ESRI {@code .prj} WKT, WKT2): enough
 * structure to find names, authority codes and projection parameters. Not a validator: unknown keywords are
 * kept as nodes and ignored by callers. Throws {@link IllegalArgumentException} on unbalanced brackets.
 */
final class CrsWkt {
    /** One {@code KEYWORD[arg, ...]} node; args are String (quoted text), Double, bare words (String) or nodes. */
    record Node(String keyword, List<Object> args) {
        String name() {
            return !args.isEmpty() && args.get(0) instanceof String s ? s : "";
        }

        List<Node> children(String... keywords) {
            List<Node> out = new ArrayList<>();
            for (Object a : args) {
                if (a instanceof Node n && matches(n.keyword, keywords)) {
                    out.add(n);
                }
            }
            return out;
        }

        Optional<Node> child(String... keywords) {
            return children(keywords).stream().findFirst();
        }

        /** The first node with one of {@code keywords} at any depth, this node included. */
        Optional<Node> find(String... keywords) {
            if (matches(keyword, keywords)) {
                return Optional.of(this);
            }
            for (Object a : args) {
                if (a instanceof Node n) {
                    Optional<Node> hit = n.find(keywords);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
            return Optional.empty();
        }

        /** The numeric value of {@code PARAMETER["name", value]} (case-insensitive name), if present. */
        Optional<Double> parameter(String name) {
            for (Node p : children("PARAMETER", "PARAM")) {
                if (p.name().equalsIgnoreCase(name) && p.args.size() > 1 && p.args.get(1) instanceof Double d) {
                    return Optional.of(d);
                }
            }
            for (Object a : args) {
                if (a instanceof Node n && n.keyword.equals("CONVERSION")) {
                    return n.parameter(name);
                }
            }
            return Optional.empty();
        }

        private static boolean matches(String keyword, String... keywords) {
            for (String k : keywords) {
                if (k.equals(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String text;
    private int pos;

    private CrsWkt(String text) {
        this.text = text;
    }

    static Node parse(String wkt) {
        CrsWkt p = new CrsWkt(wkt.strip());
        Node n = p.node();
        p.skipSpace();
        if (p.pos != p.text.length()) {
            throw new IllegalArgumentException("text after the end of the WKT at " + p.pos);
        }
        return n;
    }

    private Node node() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String keyword = text.substring(start, pos).toUpperCase(Locale.ROOT);
        skipSpace();
        List<Object> args = new ArrayList<>();
        if (pos < text.length() && (text.charAt(pos) == '[' || text.charAt(pos) == '(')) {
            char close = text.charAt(pos) == '[' ? ']' : ')';
            pos++;
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("unbalanced brackets");
                }
                char c = text.charAt(pos);
                if (c == close) {
                    pos++;
                    break;
                }
                if (c == ',') {
                    pos++;
                    continue;
                }
                args.add(value());
            }
        }
        if (keyword.isEmpty()) {
            throw new IllegalArgumentException("expected a keyword at " + start);
        }
        return new Node(keyword, args);
    }

    private Object value() {
        char c = text.charAt(pos);
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char d = text.charAt(pos++);
                if (d == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                        continue;
                    }
                    return sb.toString();
                }
                sb.append(d);
            }
            throw new IllegalArgumentException("unterminated text");
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            return Double.parseDouble(text.substring(start, pos));
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String word = text.substring(start, pos);
        skipSpace();
        if (pos < text.length() && (text.charAt(pos) == '[' || text.charAt(pos) == '(')) {
            pos = start;
            return node();
        }
        if (word.isEmpty()) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
        }
        // A bare word such as NORTH in AXIS["Northing", NORTH].
        return word;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
