package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageplanner.domain.Messages;

/**
 * JavaFX's own texts follow the planner's language, not the operating system's: on an English system with the
 * planner set to 中文 an empty table says 表中无内容, and the other way round.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UiLanguageTest {
    private Locale systemDefault;
    private Locale systemFormat;
    private Locale messages;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void keep() {
        systemDefault = Locale.getDefault();
        systemFormat = Locale.getDefault(Locale.Category.FORMAT);
        messages = Messages.locale();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(systemDefault);
        Locale.setDefault(Locale.Category.FORMAT, systemFormat);
        Messages.setLocale(messages);
    }

    /** The placeholder text of an empty table made now, on the shown stage. */
    private String emptyTableText(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new javafx.scene.control.TableColumn<>("c"));
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(table);
            table.applyCss();
            table.layout();
            text.set(((Label) table.lookup(".placeholder .label")).getText());
        });
        return text.get();
    }

    /** The text of the OK button of a dialog made now. */
    private static String okButtonText(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
            text.set(((Button) a.getDialogPane().lookupButton(ButtonType.OK)).getText());
        });
        return text.get();
    }

    @Test
    void chineseChosenOnAnEnglishSystem(FxRobot robot) {
        Locale.setDefault(Locale.US);
        UiLanguage.atStart(Optional.of(Messages.CHINESE));
        assertEquals(Messages.CHINESE, Messages.locale());
        assertEquals("zh", Locale.getDefault().getLanguage());
        assertEquals("表中无内容", emptyTableText(robot));
        assertEquals("确定", okButtonText(robot));
        assertEquals(Locale.US, Locale.getDefault(Locale.Category.FORMAT), "numbers keep the system's format");
    }

    @Test
    void englishChosenOnAChineseSystemAndSwitchedBack(FxRobot robot) {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        UiLanguage.atStart(Optional.of(Messages.ENGLISH));
        assertEquals("No content in table", emptyTableText(robot));
        assertEquals("OK", okButtonText(robot));
        UiLanguage.switchTo(Messages.CHINESE);
        assertEquals("表中无内容", emptyTableText(robot), "controls made after a switch speak the new language");
        assertEquals("确定", okButtonText(robot), "and so do dialogs");
    }

    @Test
    void withoutAChoiceTheSystemLanguageAsTheMessagesPickedIt(FxRobot robot) {
        Locale.setDefault(Locale.GERMANY);
        Messages.setLocale(Messages.systemDefault());
        UiLanguage.atStart(Optional.empty());
        // The planner speaks English on a German system; JavaFX's texts then are English too, not German.
        assertEquals("No content in table", emptyTableText(robot));
        assertEquals(Locale.GERMANY, Locale.getDefault(Locale.Category.FORMAT));
    }
}
