package org.villageplanner.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the folders shipped with the app, {@code samples/} and {@code maps/}: first in the working directory, then
 * next to the running code. The jar is {@code CHECKOUT/target/planner.jar} (classes are
 * {@code CHECKOUT/target/classes} when run from an IDE or Maven), so the roots tried after the working directory are
 * the code's folder and the folder above it. The county outline is also packed into the jar as
 * {@value #BUNDLED_OUTLINE}, for when no {@code maps/} folder is found at all.
 */
public final class AppPaths {
    public static final String SAMPLES = "samples";
    public static final String MAPS = "maps";
    public static final String OUTLINE_FILE = "cixi_outline_wgs84.geojson";
    /** Class-path copy of {@code maps/cixi_outline_wgs84.geojson} (see pom.xml). */
    public static final String BUNDLED_OUTLINE = "/org/villageplanner/maps/" + OUTLINE_FILE;

    private final List<Path> roots;

    /**
     * @param workingDir the working directory, tried first
     * @param codeSource the running jar or classes folder, or null when unknown
     */
    public AppPaths(Path workingDir, Path codeSource) {
        LinkedHashSet<Path> r = new LinkedHashSet<>();
        r.add(workingDir.toAbsolutePath().normalize());
        if (codeSource != null) {
            Path code = codeSource.toAbsolutePath().normalize();
            Path dir = code.getParent();
            if (dir != null) {
                r.add(dir);
                if (dir.getParent() != null) {
                    r.add(dir.getParent());
                }
            }
        }
        this.roots = List.copyOf(r);
    }

    /** For the running app: the working directory, then the folders of the running jar. */
    public static AppPaths standard() {
        return new AppPaths(Path.of(""), codeSource());
    }

    /** The roots tried in order. */
    public List<Path> roots() {
        return roots;
    }

    /** The first existing {@code root/relative} (file or folder), else empty. */
    public Optional<Path> find(Path relative) {
        return roots.stream().map(root -> root.resolve(relative)).filter(Files::exists).findFirst();
    }

    /** {@code samples/fileName} where it exists, else the working-directory path (for the message naming it). */
    public Path sample(String fileName) {
        Path relative = Path.of(SAMPLES, fileName);
        return find(relative).orElse(roots.get(0).resolve(relative));
    }

    /** The {@code maps/} folder where it exists, else empty. */
    public Optional<Path> maps() {
        return find(Path.of(MAPS)).filter(Files::isDirectory);
    }

    /**
     * The {@code maps/} folder, else a temporary folder holding the county outline packed into the jar, else null
     * (the PDF then has no county outline).
     */
    public Path mapsOrBundled() {
        Optional<Path> found = maps();
        if (found.isPresent()) {
            return found.get();
        }
        try (InputStream in = AppPaths.class.getResourceAsStream(BUNDLED_OUTLINE)) {
            if (in == null) {
                return null;
            }
            Path dir = Files.createTempDirectory("planner-maps");
            Path file = dir.resolve(OUTLINE_FILE);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path codeSource() {
        try {
            CodeSource cs = AppPaths.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
