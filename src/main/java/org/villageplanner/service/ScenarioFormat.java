package org.villageplanner.service;

import java.nio.file.Path;

/**
 * Port: the scenario JSON format ({@code "format": "village-cluster-scenario/1"}, CLI.md). Implemented in
 * {@code importer}.
 *
 * <p>Reading is strict: an unknown key, a value of the wrong JSON type or an invalid value throws a
 * {@link org.villageplanner.domain.PlannerException} whose message names the file and the JSON path of the
 * value (e.g. {@code plan.json: clusters[0].agreement.reserveRatio}). Omitted numbers take the defaults of
 * MODEL.md §8. Writing is lossless: reading what was written gives an equal document.
 */
public interface ScenarioFormat {
    ScenarioDocument read(Path file);

    void write(ScenarioDocument document, Path file);

    /**
     * Parses {@code json}; {@code fileName} is only used in messages.
     */
    ScenarioDocument fromString(String json, String fileName);

    /** The document as pretty-printed JSON text. */
    String toString(ScenarioDocument document);
}
