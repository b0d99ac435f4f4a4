package org.villageplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known resource tags read in the UI language, whatever their case or separators; unknown ones stay as typed. */
class ResourceTagTest {
    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({"bamboo, 竹林, bamboo", "homestay, 民宿, homestay", "vegetable, 蔬菜, vegetables",
        "bayberry, 杨梅, bayberry", "scenic, 景区, scenic", "Tidal flat, 滩涂, tidal flat",
        "tidal-flat, 滩涂, tidal flat", "my_own_tag, my_own_tag, my_own_tag"})
    void knownTagsAreShownInTheLanguage(String tag, String zh, String en) {
        assertEquals(zh, new ResourceTag(tag).label(Messages.CHINESE));
        assertEquals(en, new ResourceTag(tag).label(Messages.ENGLISH));
    }
}
