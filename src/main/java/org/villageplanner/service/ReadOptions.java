package org.villageplanner.service;

import java.nio.charset.Charset;

/**
 * How to read a file: {@code layer} to choose in a multi-layer file (null: the first feature layer),
 * {@code encoding} to override the text encoding (null: from the file, e.g. a .cpg, else the format's default),
 * {@code crs} to override or supply the CRS ("EPSG:4549"; null: from the file).
 */
public record ReadOptions(String layer, Charset encoding, String crs) {
    public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null);
}
