package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Village;

class ProjectSessionTest {
    @Test
    void aProjectWithoutScenarioOpensOnAnEmptyBaselineNamed现状EvenInEnglish() {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Messages.ENGLISH);
            ProjectSession session = new ProjectSession();
            session.load(new PlanProject(ProjectInfo.untitled(), List.of(Village.of("1", "甲村", 9, 9)),
                    List.of()), null);
            assertEquals("现状", session.scenarioName.get());
            assertEquals(1, session.project().scenarios().size());
            assertTrue(session.project().scenarios().get(0).clusters().isEmpty());
        } finally {
            Messages.setLocale(before);
        }
    }
}
