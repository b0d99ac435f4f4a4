package org.villageplanner.ui.layers;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraphBuilder;
import org.villageplanner.geo.CutMarks;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.map.CutLinksLayer;

/**
 * The neighbour links the project's barriers cut, for the map: recomputed in the background (by the shared
 * {@link org.villageplanner.service.GeoService}, which validation and suggestions use too) whenever the villages
 * or the barriers change, and shown while {@link #shown} is on (View menu, Layers tab).
 */
public final class CutLinksModel {
    private final MainViewModel vm;
    public final CutLinksLayer layer = new CutLinksLayer();
    public final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(-1);
    private List<Village> villagesFor;
    private List<Barrier> barriersFor;
    private long ticket;

    CutLinksModel(MainViewModel vm) {
        this.vm = vm;
        shown.addListener((o, a, b) -> layer.setVisible(b));
        vm.session.project.addListener((o, a, b) -> update());
        update();
    }

    /** How many links the barriers cut (-1 until known). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    private void update() {
        PlanProject p = vm.session.project();
        if (p == null) {
            villagesFor = null;
            barriersFor = null;
            layer.setMarks(List.of());
            count.set(-1);
            return;
        }
        if (p.villages() == villagesFor && p.barriers() == barriersFor) {
            return;
        }
        villagesFor = p.villages();
        barriersFor = p.barriers();
        if (p.barriers().isEmpty()) {
            layer.setMarks(List.of());
            count.set(0);
            return;
        }
        long mine = ++ticket;
        var geo = vm.services.geo();
        Tasks.create(x -> CutMarks.place(geo.barrierCut(p).cut(), p.villagesByCode(),
                        AdjacencyGraphBuilder.DEFAULT_SNAP_TOLERANCE_METERS))
                .onSuccess(marks -> {
                    if (mine == ticket) {
                        layer.setMarks(marks);
                        count.set(marks.size());
                    }
                })
                .onError(e -> java.util.logging.Logger.getLogger(CutLinksModel.class.getName()).log(
                        java.util.logging.Level.WARNING, "cut links for the map failed", e))
                .quiet().run(vm.tasks);
    }
}
