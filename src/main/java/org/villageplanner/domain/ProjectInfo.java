package org.villageplanner.domain;

/**
 * Descriptive metadata of a project file.
 *
 * @param title        e.g. "龙山镇村庄片区组团规划"
 * @param township     the township (乡镇) or county the project covers
 * @param illustrative true when the data is synthetic or illustrative (示例数据): shown on the map, in
 *                     About and on the PDF cover
 * @param source       where the data came from, in a sentence
 */
public record ProjectInfo(String title, String township, boolean illustrative, String source) {
    public ProjectInfo {
        title = title == null ? "" : title;
        township = township == null ? "" : township;
        source = source == null ? "" : source;
    }

    public static ProjectInfo untitled() {
        return new ProjectInfo("", "", false, "");
    }
}
