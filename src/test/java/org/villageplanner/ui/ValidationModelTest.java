package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Village;
import org.villageplanner.service.GeoService;
import org.villageplanner.service.ValidationService;
import org.villageplanner.ui.task.TaskRunner;

/** A rule check that fails is shown to the planner and logged, and the next good check clears it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ValidationModelTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aFailedCheckIsShownAndLoggedThenClearedByTheNextGoodOne(FxRobot robot) throws Exception {
        Messages.setLocale(Messages.ENGLISH);
        AtomicBoolean broken = new AtomicBoolean(true);
        ValidationService real = new ValidationService(new GeoService());
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ValidationModel.class.getName());
        log.addHandler(capture);
        try {
            ProjectSession session = new ProjectSession();
            AtomicReference<ValidationModel> model = new AtomicReference<>();
            robot.interact(() -> model.set(new ValidationModel(session, new TaskRunner(), (p, s) -> {
                if (broken.get()) {
                    throw new IllegalStateException("adjacency graph unavailable");
                }
                return real.validate(p, s, null);
            })));
            PlanProject project = new PlanProject(ProjectInfo.untitled(),
                    List.of(Village.of("330000000001", "甲村", 9, 9)), List.of());
            robot.interact(() -> session.load(project, null));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.get().errorProperty().get() != null);

            String shown = model.get().errorProperty().get();
            assertTrue(shown.contains("adjacency graph unavailable"), shown);
            assertTrue(shown.startsWith("The rule check could not run"), shown);
            assertNull(model.get().report.get(), "no report pretends the plan was checked");
            assertEquals(1, logged.size(), "the failure is logged once");
            assertEquals("adjacency graph unavailable", logged.get(0).getThrown().getMessage());

            broken.set(false);
            PlanProject edited = new PlanProject(ProjectInfo.untitled(),
                    List.of(Village.of("330000000001", "甲村", 10, 9)), List.of());
            robot.interact(() -> session.load(edited, null));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.get().report.get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            ValidationReport r = model.get().report.get();
            assertNotNull(r);
            assertNull(model.get().errorProperty().get(), "a good check clears the error");
        } finally {
            log.removeHandler(capture);
        }
    }
}
