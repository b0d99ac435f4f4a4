package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each ★ row of DOMAIN_CASES.md as a file under samples/cases, simulated end to end through the CLI. */
class SampleCasesTest {
    private static JsonNode simulate(String file) throws Exception {
        CliRun r = CliRun.of("--lang", "en", "simulate", "samples/cases/" + file, "--json");
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(r.out());
    }

    @Test
    void case01XufuVillagesTogetherGainMoreThan4MillionInAYearWithSharesEqualToContributionRatios() throws Exception {
        JsonNode root = simulate("01-xufu-strong-helps-weak.json");
        JsonNode shares = root.at("/clusters/0/shares");
        // 徐福 3,000,000 cash + 2,000,000 assets; 田央 30 mu × 20,000 + 1,500,000; 筋竹 500,000 + 1,000,000.
        double[] values = {5_000_000, 2_100_000, 1_500_000};
        for (int i = 0; i < 3; i++) {
            assertEquals(values[i], shares.get(i).get("value").asDouble());
            assertEquals(values[i] / 8_600_000, shares.get(i).get("fraction").asDouble(), 1e-12);
        }
        BigDecimal percent = BigDecimal.ZERO;
        for (JsonNode s : shares) {
            percent = percent.add(s.get("percent").decimalValue());
        }
        assertEquals(0, new BigDecimal("100.00").compareTo(percent));
        double best = 0;
        for (int t = 1; t <= root.get("years").asInt(); t++) {
            double gain = 0;
            for (JsonNode v : root.get("villages")) {
                gain += v.get("operatingIncome").get(t).asDouble() - v.get("operatingIncome").get(0).asDouble();
            }
            best = Math.max(best, gain);
        }
        assertTrue(best > 4_000_000, "best yearly gain " + best);
        JsonNode file = new ObjectMapper().readTree(new java.io.File("samples/cases/01-xufu-strong-helps-weak.json"));
        assertEquals(16, file.at("/clusters/0/projects").size());
    }

    @Test
    void case02PoolingTheTidalFlatsRaisesTheFiveYearRentFrom820To4732WanAn477PercentUplift() throws Exception {
        JsonNode root = simulate("02-xinpu-tidal-flats.json");
        double rent = 0;
        for (JsonNode y : root.at("/clusters/0/waterfall")) {
            rent += y.get("revenue").asDouble();
        }
        assertEquals(47_320_000, rent, 1e-6);
        assertEquals(477, Math.round((rent - 8_200_000) / 8_200_000 * 100));
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode p : root.at("/clusters/0/payouts")) {
            paid = paid.add(p.get("total").decimalValue());
        }
        assertEquals(0, new BigDecimal("47320000.00").compareTo(paid));
    }

    @Test
    void case04VillagersGet343WanCollective357WanAndEveryDistributedYuanIsSplit49To51() throws Exception {
        JsonNode root = simulate("04-yuhuan-4951.json");
        JsonNode c = root.at("/clusters/0");
        assertEquals(3_570_000, c.at("/shares/0/value").asDouble());
        assertEquals(0, new BigDecimal("51.00").compareTo(c.at("/shares/0/percent").decimalValue()));
        assertEquals(3_430_000, c.at("/shares/1/value").asDouble());
        assertEquals(0, new BigDecimal("49.00").compareTo(c.at("/shares/1/percent").decimalValue()));
        for (int t = 0; t < root.get("years").asInt(); t++) {
            BigDecimal dividends = c.at("/waterfall/" + t + "/dividends").decimalValue();
            BigDecimal collective = c.at("/payouts/0/byYear/" + t).decimalValue();
            BigDecimal villagers = c.at("/payouts/1/byYear/" + t).decimalValue();
            assertEquals(0, dividends.compareTo(collective.add(villagers)));
            assertEquals(0.51 * dividends.doubleValue(), collective.doubleValue(), 0.01);
            assertEquals(0.49 * dividends.doubleValue(), villagers.doubleValue(), 0.01);
        }
    }

    @Test
    void case07SixVillagesGet400WanAYearAn851PercentYield6667WanEach() throws Exception {
        JsonNode root = simulate("07-daxi-enclave.json");
        JsonNode c = root.at("/clusters/0");
        for (JsonNode y : c.get("waterfall")) {
            assertEquals(0, new BigDecimal("4000000.00").compareTo(y.get("dividends").decimalValue()));
            assertEquals("8.51", String.format("%.2f", y.get("dividends").asDouble() / 47_000_000 * 100));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode p : c.get("payouts")) {
            BigDecimal year1 = p.get("byYear").get(0).decimalValue();
            assertTrue(year1.compareTo(new BigDecimal("666666.67")) == 0
                    || year1.compareTo(new BigDecimal("666666.66")) == 0, year1.toPlainString());
            assertEquals("66.67", String.format("%.2f", year1.doubleValue() / 10_000));
            sum = sum.add(year1);
        }
        assertEquals(0, new BigDecimal("4000000.00").compareTo(sum));
        assertEquals(0, new BigDecimal("666666.67").compareTo(c.at("/payouts/0/byYear/0").decimalValue()));
    }
}
