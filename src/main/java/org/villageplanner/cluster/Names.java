package org.villageplanner.cluster;

import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Village;

/** Village names for messages: the name when the village is known, else its code. */
final class Names {
    private Names() {
    }

    static List<String> of(List<String> codes, Map<String, Village> villages) {
        return codes.stream().map(c -> of(c, villages)).toList();
    }

    static String of(String code, Map<String, Village> villages) {
        Village v = villages.get(code);
        return v == null ? code : v.name();
    }
}
