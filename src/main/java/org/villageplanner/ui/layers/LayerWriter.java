package org.villageplanner.ui.layers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.villageplanner.service.LayerService;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.task.PlannerTask;

/**
 * Writes reference-layer changes to the project file on the saver thread of {@link
 * org.villageplanner.ui.save.AutoSaver} (in order with saves, never on the JavaFX thread). Layer states whose write
 * failed are kept and written again before the next write. Called on the JavaFX thread.
 */
final class LayerWriter {
    private final MainViewModel vm;
    private final Consumer<String> message;
    /** Layer states whose write failed, by name. FX thread only. */
    private final Map<String, ReferenceLayer> unwritten = new LinkedHashMap<>();
    private volatile int pendingWrites;

    LayerWriter(MainViewModel vm, Consumer<String> message) {
        this.vm = vm;
        this.message = message;
    }

    /** Writes queued and not finished yet. */
    int pending() {
        return pendingWrites;
    }

    /** The file was read again: what it holds is what the window shows. */
    void forgetUnwritten() {
        unwritten.clear();
    }

    /** A layer that is gone needs no retry. */
    void forget(String layer) {
        unwritten.remove(layer);
    }

    /**
     * One write to the project file on the saver thread (after any earlier failed layer writes); the window
     * takes it as its own write. On failure the map keeps the change, the message says what failed, and the
     * layer states are written again before the next write.
     */
    void write(String what, Consumer<Path> action, List<ReferenceLayer> states) {
        Path f = vm.session.file.get();
        if (f == null) {
            return;
        }
        Map<String, ReferenceLayer> again = new LinkedHashMap<>(unwritten);
        unwritten.clear();
        LayerService service = vm.services.layers();
        pendingWrites++;
        vm.autoSaver.write(() -> {
            for (ReferenceLayer s : again.values()) {
                service.update(f, s);
            }
            action.accept(f);
        }).whenComplete((v, e) -> Platform.runLater(() -> {
            pendingWrites--;
            if (e == null) {
                vm.acceptOwnWrite();
                return;
            }
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                    ? e.getCause() : e;
            again.forEach(unwritten::putIfAbsent);
            states.forEach(s -> unwritten.put(s.name(), s));
            String text = I18n.t("uilayers.writeFailed", what, f.getFileName(), PlannerTask.message(cause));
            message.accept(text);
            vm.status.set(text);
            java.util.logging.Logger.getLogger(LayersModel.class.getName()).log(java.util.logging.Level.WARNING,
                    "layer write failed", cause);
        }));
    }
}
