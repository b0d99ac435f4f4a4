package org.villageplanner.ui.panel;

import javafx.util.StringConverter;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Controls;

/** Shows a village code as the village's name in combo boxes. */
final class VillageNameConverter {
    private VillageNameConverter() {
    }

    static StringConverter<String> converter(MainViewModel vm) {
        return Controls.text(code -> code == null || vm.session.project() == null ? ""
                : vm.session.project().village(code).map(Village::name).orElse(code));
    }
}
