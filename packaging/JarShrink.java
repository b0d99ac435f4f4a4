import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lists the classes of some libraries in the platform jar that no other class can reach, for jpackage.sh to delete
 * from the image's copy of the jar (run as {@code java packaging/JarShrink.java JAR DEPS PREFIX...}).
 *
 * <p>DEPS is {@code jdeps -verbose:class -filter:none JAR}. Only classes under the given prefixes (libraries without
 * class loading by name: commons-lang3/io/codec/compress, ControlsFX, JTS, PDFBox, fontbox) may go. Every other class
 * of the jar is a root, and so is every class of those libraries whose name appears in a file that is not a class
 * (META-INF/services, CSS, properties) or as a dotted string constant in any class (Class.forName): whatever such a root
 * references, directly or not, stays. A nested class keeps its outer class. Printed: the jar entries to delete, one a line.
 */
public final class JarShrink {
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(\\S+)$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:[./][A-Za-z_$][\\w$]*)+");

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(2, args.length);
        Map<String, String> entryOf = new HashMap<>();   // binary name -> jar entry (first one; versions below)
        Map<String, Set<String>> versioned = new HashMap<>();
        Set<String> roots = new HashSet<>();
        Set<String> shrinkable = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String n = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (n.endsWith(".class") && !n.endsWith("module-info.class")) {
                    String base = n.replaceFirst("^META-INF/versions/\\d+/", "");
                    String cls = base.substring(0, base.length() - ".class".length()).replace('/', '.');
                    entryOf.putIfAbsent(cls, n);
                    versioned.computeIfAbsent(cls, k -> new TreeSet<>()).add(n);
                    if (prefixes.stream().anyMatch(base::startsWith)) {
                        shrinkable.add(cls);
                    } else {
                        roots.add(cls);
                    }
                    // Dotted names in a class file are string constants (its own references use slashes):
                    // Class.forName("a.b.C") and the like keep their class.
                    Matcher m = NAME.matcher(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1));
                    while (m.find()) {
                        if (m.group().indexOf('/') < 0) {
                            roots.add(m.group());
                        }
                    }
                } else if (e.getSize() < 4_000_000) {
                    String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
                    Matcher m = NAME.matcher(text);
                    while (m.find()) {
                        roots.add(m.group().replace('/', '.'));
                    }
                }
            }
        }
        Map<String, Set<String>> edges = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            Matcher m = EDGE.matcher(line);
            if (m.matches()) {
                edges.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
            }
        }
        Set<String> kept = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        for (String r : roots) {
            if (entryOf.containsKey(r) && kept.add(r)) {
                todo.add(r);
            }
        }
        while (!todo.isEmpty()) {
            String c = todo.poll();
            Set<String> next = new HashSet<>(edges.getOrDefault(c, Set.of()));
            int dollar = c.lastIndexOf('$');
            if (dollar > 0) {
                next.add(c.substring(0, dollar));
            }
            for (String n : next) {
                if (entryOf.containsKey(n) && kept.add(n)) {
                    todo.add(n);
                }
            }
        }
        Set<String> out = new TreeSet<>();
        for (String c : shrinkable) {
            if (!kept.contains(c)) {
                out.addAll(versioned.get(c));
            }
        }
        out.forEach(System.out::println);
    }
}
