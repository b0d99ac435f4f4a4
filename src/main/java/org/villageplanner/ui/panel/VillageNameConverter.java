package org.villageplanner.ui.panel;

import javafx.util.StringConverter;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.MainViewModel;

/** Shows a village code as the village's name in combo boxes. */
final class VillageNameConverter {
    private VillageNameConverter() {
    }

    static StringConverter<String> converter(MainViewModel vm) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null || vm.session().project() == null) {
                    return "";
                }
                return vm.session().project().village(code).map(Village::name).orElse(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
    }
}
