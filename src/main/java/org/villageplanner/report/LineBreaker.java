package org.villageplanner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width: a line may break between any two CJK characters, while Latin words
 * and numbers are kept whole (unless one alone is wider than the line). Closing punctuation (，。、）etc.) is
 * kept with the character before it, so no line starts with it. Explicit '\n' starts a new line.
 */
final class LineBreaker {
    private static final String NO_LINE_START = "，。、；：！？）》」』】〕,.;:!?)]}%\u201d\u2019";

    private LineBreaker() {
    }

    /**
     * @param width    available width in the unit of {@code measure}
     * @param measure  width of a string
     * @return the lines, trailing spaces removed; at least one (possibly empty) line
     */
    static List<String> lines(String text, double width, ToDoubleFunction<String> measure) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, width, measure, out);
        }
        return out;
    }

    private static void breakParagraph(String text, double width, ToDoubleFunction<String> measure,
                                       List<String> out) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line + token;
            if (measure.applyAsDouble(candidate.stripTrailing()) <= width) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String t = token.isBlank() ? "" : token;
            // A single token wider than the line (a long code or URL) is cut by characters.
            while (!t.isEmpty() && measure.applyAsDouble(t) > width) {
                int cut = fitting(t, width, measure);
                out.add(t.substring(0, cut));
                t = t.substring(cut);
            }
            line.append(t);
        }
        out.add(line.toString().stripTrailing());
    }

    private static int fitting(String t, double width, ToDoubleFunction<String> measure) {
        int cut = 1;
        while (cut < t.length() && measure.applyAsDouble(t.substring(0, cut + 1)) <= width) {
            cut++;
        }
        return cut;
    }

    /** Units between which a line may break: one CJK character, one Latin word (with its trailing space). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String ch = text.substring(i, i + n);
            i += n;
            if (NO_LINE_START.contains(ch) && (word.length() > 0 || !tokens.isEmpty())) {
                if (word.length() > 0) {
                    word.append(ch);
                } else {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + ch);
                }
            } else if (isCjk(cp)) {
                flush(word, tokens);
                tokens.add(ch);
            } else if (Character.isWhitespace(cp)) {
                word.append(ch);
                flush(word, tokens);
            } else {
                word.append(ch);
                if (ch.equals("-") && word.length() > 1) {
                    // A hyphenated compound may break after its hyphen ("operating-/income").
                    flush(word, tokens);
                }
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
