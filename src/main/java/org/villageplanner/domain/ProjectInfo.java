package org.villageplanner.domain;

/**
 * Descriptive metadata of a project file.
 *
 * @param title        e.g. "龙山镇村庄片区组团规划"
 * @param township     the township (乡镇) or county the project covers
 * @param illustrative true when the data is synthetic or illustrative (示例数据): shown on the map, in
 *                     About and on the PDF cover
 * @param source       where the data came from, in a sentence
 * @param level        the level the plan speaks for when the planner set it; null to derive it from the
 *                     villages' towns
 */
public record ProjectInfo(String title, String township, boolean illustrative, String source, PlanLevel level) {
    public ProjectInfo {
        title = title == null ? "" : title;
        township = township == null ? "" : township;
        source = source == null ? "" : source;
    }

    /** Without a level setting: the plan derives its level. */
    public ProjectInfo(String title, String township, boolean illustrative, String source) {
        this(title, township, illustrative, source, null);
    }

    /** The same metadata with the plan level set, or cleared with null. */
    public ProjectInfo withLevel(PlanLevel l) {
        return new ProjectInfo(title, township, illustrative, source, l);
    }

    public static ProjectInfo untitled() {
        return new ProjectInfo("", "", false, "");
    }

    /**
     * The source sentence in one language, without its own "示例数据：" / "Sample data:" label (the plan and the
     * About box label it already). A bilingual source — Chinese sentences followed by their English version, as
     * in the bundled samples — gives its Chinese part in Chinese and its English part in English; a source in
     * one language only is returned as it is.
     */
    public String source(java.util.Locale locale) {
        String s = source.strip();
        int lastCjk = -1;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.codePointAt(i)) == Character.UnicodeScript.HAN
                    || "。，；：".indexOf(s.charAt(i)) >= 0) {
                lastCjk = i;
            }
        }
        String zh = lastCjk < 0 ? "" : s.substring(0, lastCjk + 1).strip();
        String en = s.substring(lastCjk + 1).strip();
        boolean chinese = "zh".equals(locale.getLanguage());
        String out;
        // Only a whole English sentence counts as a translation, not a trailing name such as "NBS 2023".
        if (zh.isEmpty() || en.chars().filter(Character::isLetter).count() < 12 || !en.contains(" ")) {
            out = s;
        } else {
            out = chinese ? zh : en;
        }
        for (String label : new String[] {"示例数据：", "示例数据:", "Sample data:", "Sample data："}) {
            if (out.startsWith(label)) {
                out = out.substring(label.length()).strip();
                if (!out.isEmpty() && !chinese) {
                    out = Character.toUpperCase(out.charAt(0)) + out.substring(1);
                }
            }
        }
        return out;
    }
}
