package org.villageplanner.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Scenarios as JSON files (CLI.md "Scenario JSON"): reading a file on its own (e.g. {@code samples/cases/*.json},
 * which carry their villages), and moving scenarios between a project file and JSON files.
 *
 * <p>Every change to a project is one {@link ProjectRepository#write}: on any error the project file is left as
 * it was.
 */
public final class ScenarioService {
    private final ScenarioFormat format;
    private final ProjectRepository repository;

    public ScenarioService(ScenarioFormat format, ProjectRepository repository) {
        this.format = Objects.requireNonNull(format);
        this.repository = Objects.requireNonNull(repository);
    }

    /** Reads a scenario file; errors name the file and the JSON path. */
    public ScenarioDocument readFile(Path file) {
        return format.read(file);
    }

    /** Writes a scenario file (UTF-8, replaced atomically). */
    public void writeFile(ScenarioDocument document, Path file) {
        format.write(document, file);
    }

    /** The scenario names of a project, in file order. */
    public List<String> list(Path project) {
        return repository.read(project).scenarios().stream().map(Scenario::name).toList();
    }

    /**
     * Adds the scenario of {@code json} to {@code project}. Villages carried by the file whose code the project
     * lacks are added; villages the project already has are kept as they are.
     *
     * @param replace whether a scenario of the same name may be replaced; if false that is an error
     * @return the project as saved
     */
    public PlanProject importScenario(Path project, Path json, boolean replace) {
        return importScenarioFile(project, json, replace).project();
    }

    /**
     * The project as saved, and how many of the file's villages were already in the project (and so not
     * updated from the file) and how many were added.
     */
    public record Imported(PlanProject project, int villagesKept, int villagesAdded) {
    }

    /**
     * As {@link #importScenario}, telling how the file's villages were used. Every member, leader and savings
     * village of the scenario must be a village of the project or of the file; otherwise nothing is written.
     */
    public Imported importScenarioFile(Path project, Path json, boolean replace) {
        ScenarioDocument doc = format.read(json);
        // Read-modify-write holding the project's lock: a concurrent import of another scenario is never lost.
        try (ProjectLease lease = repository.lock(project)) {
            PlanProject current = repository.read(project);
            String name = doc.scenario().name();
            if (!replace && current.scenario(name).isPresent()) {
                throw new PlannerException("service.scenario.exists", name, project.toString());
            }
            Map<String, Village> known = current.villagesByCode();
            List<Village> villages = new ArrayList<>(current.villages());
            doc.villages().stream().filter(v -> !known.containsKey(v.code())).forEach(villages::add);
            int added = villages.size() - current.villages().size();
            Set<String> codes = new HashSet<>();
            villages.forEach(v -> codes.add(v.code()));
            PlanConsistency.require(doc.scenario(), codes, json.toString());
            PlanProject updated = current.withVillages(villages).withScenario(doc.scenario());
            repository.write(updated, project);
            return new Imported(updated, doc.villages().size() - added, added);
        }
    }

    /**
     * Writes scenario {@code name} of {@code project} to {@code json}, with all the project's villages (their
     * figures; polygon outlines stay in the project), so that the file can be simulated on its own: indicators
     * count unassigned villages too.
     */
    public ScenarioDocument exportScenario(Path project, String name, Path json) {
        PlanProject p = repository.read(project);
        Scenario scenario = p.requireScenario(name);
        ScenarioDocument doc = new ScenarioDocument(scenario, p.villages());
        format.write(doc, json);
        return doc;
    }
}
