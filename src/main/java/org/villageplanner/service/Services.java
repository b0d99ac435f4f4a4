package org.villageplanner.service;

/**
 * The use cases the UI and the CLI call; built once by {@code org.villageplanner.Main} with the adapters
 * ({@code store}, {@code importer}, {@code report}) plugged into the ports.
 */
public record Services(ProjectService projects, ScenarioService scenarios, SimulationService simulation,
        CompareService compare) {

    /** The services with simulation and comparison built on {@code projects} and {@code scenarios}. */
    public Services(ProjectService projects, ScenarioService scenarios) {
        this(projects, scenarios, new SimulationService(projects, scenarios));
    }

    private Services(ProjectService projects, ScenarioService scenarios, SimulationService simulation) {
        this(projects, scenarios, simulation, new CompareService(simulation));
    }
}
