package org.villageplanner.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a project file holds: the villages (geometry in EPSG:4326), the scenarios, and metadata; also the
 * barrier layers (rivers, expressways) that cut neighbour links, read from the file's reference layers.
 * Village codes are unique; scenario names are unique.
 */
public record PlanProject(ProjectInfo info, List<Village> villages, List<Scenario> scenarios,
                             List<Barrier> barriers) {
    public PlanProject {
        barriers = List.copyOf(barriers == null ? List.of() : barriers);
        info = info == null ? ProjectInfo.untitled() : info;
        villages = List.copyOf(villages == null ? List.of() : villages);
        ProjectLimits.checkVillageCount(info.title(), villages.size());
        scenarios = List.copyOf(scenarios == null ? List.of() : scenarios);
        if (VillageListMemo.checked(villages) == null) {
            Set<String> codes = new HashSet<>();
            for (Village v : villages) {
                if (!codes.add(v.code())) {
                    throw new PlannerException("core.project.duplicateCode", v.code(), v.name());
                }
            }
            VillageListMemo.remember(villages);
        }
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            if (!names.add(s.name())) {
                throw new PlannerException("core.project.duplicateScenario", s.name());
            }
        }
    }

    /** A project without barrier layers. */
    public PlanProject(ProjectInfo info, List<Village> villages, List<Scenario> scenarios) {
        this(info, villages, scenarios, List.of());
    }

    /** This project with the barrier layers that cut neighbour links replaced. */
    public PlanProject withBarriers(List<Barrier> bs) {
        return new PlanProject(info, villages, scenarios, bs);
    }

    /** Villages by code, in file order. */
    public Map<String, Village> villagesByCode() {
        return Village.byCode(villages);
    }

    public Optional<Village> village(String code) {
        return villages.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    public Optional<Scenario> scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The named scenario, or the first one when {@code name} is null; a clear error when none matches. */
    public Scenario requireScenario(String name) {
        if (name == null) {
            if (scenarios.isEmpty()) {
                throw new PlannerException("core.project.noScenario");
            }
            return scenarios.get(0);
        }
        return scenario(name).orElseThrow(() -> new PlannerException("core.project.unknownScenario", name,
                String.join(", ", scenarios.stream().map(Scenario::name).toList())));
    }

    public PlanProject withVillages(List<Village> vs) {
        return new PlanProject(info, vs, scenarios, barriers);
    }

    public PlanProject withScenarios(List<Scenario> ss) {
        return new PlanProject(info, villages, ss, barriers);
    }

    public PlanProject withInfo(ProjectInfo i) {
        return new PlanProject(i, villages, scenarios, barriers);
    }

    /** This project with {@code s} replacing the scenario of the same name, or added at the end. */
    public PlanProject withScenario(Scenario s) {
        List<Scenario> out = new ArrayList<>(scenarios);
        int i = indexOf(s.name());
        if (i >= 0) {
            out.set(i, s);
        } else {
            out.add(s);
        }
        return withScenarios(out);
    }

    public PlanProject withoutScenario(String name) {
        return withScenarios(scenarios.stream().filter(s -> !s.name().equals(name)).toList());
    }

    private int indexOf(String name) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
