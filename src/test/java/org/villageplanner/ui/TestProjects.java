package org.villageplanner.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.ProjectRepository;
import org.villageplanner.service.Services;

/** Small projects for UI tests and the render benchmark: a grid of square villages near 龙山镇. */
public final class TestProjects {
    public static final double LON0 = 121.40;
    public static final double LAT0 = 30.15;
    private static final String[] NAMES = {"东", "西", "南", "北", "中", "上", "下", "前", "后", "新"};
    private static final GeometryFactory GF = new GeometryFactory();

    private TestProjects() {
    }

    /** {@code rows × cols} villages of {@code cellDeg} degrees; 现状 without clusters, 方案A with two. */
    public static PlanProject grid(int rows, int cols, double cellDeg) {
        List<Village> villages = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = LON0 + c * cellDeg;
                double y = LAT0 + r * cellDeg;
                Polygon square = GF.createPolygon(new Coordinate[] {new Coordinate(x, y),
                    new Coordinate(x + cellDeg, y), new Coordinate(x + cellDeg, y + cellDeg),
                    new Coordinate(x, y + cellDeg), new Coordinate(x, y)});
                int i = r * cols + c;
                double operating = 200_000 + (i * 7919 % 23) * 100_000.0;
                villages.add(new Village(code(r, c), name(r, c), "龙山镇", square, 800 + i * 37 % 2000,
                        300 + i % 500, operating * 1.8, operating, operating * 5, i % 40, i % 15,
                        Set.of(i % 2 == 0 ? "tea" : "scenic"), false));
            }
        }
        Scenario now = Scenario.empty("现状");
        Scenario plan = new Scenario("方案A", "", Assumptions.DEFAULTS, List.of(
                Cluster.of("xufu", "徐福片区", ClusterType.STRONG_HELPS_WEAK, code(0, 0),
                        List.of(code(0, 0), code(0, 1), code(1, 0))),
                Cluster.of("east", "东部片区", ClusterType.COMPLEMENTARY, null,
                        List.of(code(rows - 1, cols - 1), code(rows - 1, cols - 2)))));
        return new PlanProject(new ProjectInfo("测试镇", "龙山镇", true, "test grid"), villages,
                List.of(now, plan));
    }

    public static String code(int r, int c) {
        return String.format("3302821%02d%03d", r, c);
    }

    public static String name(int r, int c) {
        return NAMES[r % NAMES.length] + NAMES[c % NAMES.length] + (r * 100 + c) + "村";
    }

    /** Services over an in-memory "file system" of projects, so UI tests do not depend on the store. */
    public static Services memoryServices(Map<Path, PlanProject> files) {
        ProjectRepository repository = new ProjectRepository() {
            @Override
            public PlanProject read(Path file) {
                PlanProject p = files.get(file);
                if (p == null) {
                    throw new org.villageplanner.domain.PlannerException("ui.error.open", file, "missing");
                }
                return p;
            }

            @Override
            public void write(PlanProject project, Path file) {
                files.put(file, project);
            }
        };
        return org.villageplanner.Main.services(repository);
    }

    public static Map<Path, PlanProject> files(Path path, PlanProject p) {
        Map<Path, PlanProject> m = new HashMap<>();
        m.put(path, p);
        return m;
    }
}
