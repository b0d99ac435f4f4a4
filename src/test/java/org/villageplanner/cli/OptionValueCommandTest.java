package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bad option values are bad usage: exit 2, the message and a usage hint, no raw exception text (CLI.md). */
class OptionValueCommandTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "suggest p.gpkg --type FOO|--type",
        "suggest p.gpkg --type COMPLEMENTARY --clusters 0|--clusters",
        "suggest p.gpkg --type COMPLEMENTARY --min 3 --max 2|3",
        "validate p.gpkg --min 0|0",
        "export p.gpkg --format pdf --out x.pdf|pdf",
        "generate --villages 0 --out g.gpkg|--villages",
        "generate --villages 100000 --out g.gpkg|50,000",
        "compare p.gpkg --scenario A|at least two",
        "compare p.gpkg --scenario A --scenario B --years 0|--years",
        "simulate p.gpkg --years 0|--years",
        "simulate p.gpkg --runs -1|--runs",
        "import a.csv --out p.gpkg --encoding FOO|\"FOO\" is not a text encoding this Java knows; use e.g. GBK, UTF-8, GB18030",
    })
    void badOptionValueExitsTwoWithAMessageAndUsage(String line, String expected) {
        String[] args = ("--lang en " + line).split(" ");
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertTrue(r.err().contains("Usage:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void exportFormatMessageEchoesWhatWasTyped() {
        CliRun r = CliRun.of("--lang", "en", "export", "p.gpkg", "--format", "pdf", "--out", "x.pdf");
        assertTrue(r.err().contains("pdf"), r.err());
        assertFalse(r.err().contains("PDF"), r.err());
    }
}
