package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Widths in these tests are in characters: every character is one unit wide. */
class LineBreakerTest {
    private static final ToDoubleFunction<String> CHARS = String::length;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            徐福村田央村筋竹村          | 4  | 徐福村田/央村筋竹/村
            shared border of 4.2 km    | 10 | shared/border of/4.2 km
            徐福村 helps 田央村         | 9  | 徐福村 helps/田央村
            below operating-income     | 16 | below operating-/income
            """)
    void breaksBetweenCjkCharactersAndKeepsLatinWordsWhole(String text, int width, String expected) {
        assertEquals(List.of(expected.split("/")), LineBreaker.lines(text, width, CHARS));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        List<String> lines = LineBreaker.lines("一二三，四五六。七八", 3, CHARS);
        for (String line : lines) {
            assertFalse(line.startsWith("，") || line.startsWith("。"), lines.toString());
        }
        assertEquals("一二三，四五六。七八", String.join("", lines));
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanOverflowing() {
        List<String> lines = LineBreaker.lines("330282123215", 5, CHARS);
        assertEquals(List.of("33028", "21232", "15"), lines);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 5));
    }

    @Test
    void newlineStartsANewLine() {
        assertEquals(List.of("a", "b"), LineBreaker.lines("a\nb", 10, CHARS));
    }
}
