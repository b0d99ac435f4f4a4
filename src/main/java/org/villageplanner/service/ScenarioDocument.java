package org.villageplanner.service;

import java.util.List;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * What a scenario JSON file holds (CLI.md "Scenario JSON"): the scenario itself and, optionally, the villages
 * it refers to, so that a file such as {@code samples/cases/*.json} can be simulated on its own.
 *
 * @param villages the file's {@code "villages"} array in file order; empty when the file has none
 */
public record ScenarioDocument(Scenario scenario, List<Village> villages) {
    public ScenarioDocument {
        java.util.Objects.requireNonNull(scenario, "scenario");
        villages = List.copyOf(villages == null ? List.of() : villages);
    }

    public static ScenarioDocument of(Scenario scenario) {
        return new ScenarioDocument(scenario, List.of());
    }
}
