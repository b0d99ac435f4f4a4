package org.villageplanner.service;

import java.nio.charset.Charset;

/**
 * How to read a file: {@code layer} to choose in a multi-layer file (null: the first feature layer),
 * {@code encoding} to override the text encoding (null: from the file, e.g. a .cpg, else the format's default),
 * {@code crs} to override or supply the CRS ("EPSG:4549"; null: from the file), {@code lines} to accept line
 * geometries (reference layers) where village data refuses them.
 */
public record ReadOptions(String layer, Charset encoding, String crs, boolean lines) {
    public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null);

    /** Options for village data: points and polygons only. */
    public ReadOptions(String layer, Charset encoding, String crs) {
        this(layer, encoding, crs, false);
    }

    /** These options also accepting lines (reference layers: rivers, roads). */
    public ReadOptions withLines() {
        return new ReadOptions(layer, encoding, crs, true);
    }
}
