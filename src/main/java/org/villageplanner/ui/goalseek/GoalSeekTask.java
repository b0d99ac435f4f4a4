package org.villageplanner.ui.goalseek;

import java.util.List;
import javafx.concurrent.Task;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.Progress;
import org.villageplanner.service.SolveService;

/**
 * Goal seeking in the background: the service's {@link Progress} reports into the task's progress and message,
 * and the task's cancel reaches the service. The one place this panel touches javafx.concurrent (a common task
 * runner can replace it).
 */
final class GoalSeekTask extends Task<SolveService.Result> {
    private final SolveService service;
    private final Scenario scenario;
    private final List<Village> villages;
    private final SolveService.Request request;

    GoalSeekTask(SolveService service, Scenario scenario, List<Village> villages, SolveService.Request request) {
        this.service = service;
        this.scenario = scenario;
        this.villages = List.copyOf(villages);
        this.request = request;
    }

    @Override
    protected SolveService.Result call() {
        return service.solve(scenario, villages, request, new Progress() {
            @Override
            public void update(double done, double total, String message) {
                updateProgress(done, total);
                updateMessage(message);
            }

            @Override
            public boolean isCancelled() {
                return GoalSeekTask.this.isCancelled();
            }
        });
    }
}
