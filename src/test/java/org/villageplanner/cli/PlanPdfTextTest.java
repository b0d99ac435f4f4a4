package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan a new user makes on 龙山镇 — suggest, accept (save as a scenario), export — read back from the SAVED
 * PDF: it speaks for the township (全镇), lists its rule findings, names the villages below the targets, says
 * 暂无项目 rather than a payback "in year 0", numbers its appendices in order and has no English sentence.
 */
class PlanPdfTextTest {
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}");

    @Test
    void theChinesePlanOfAcceptedSuggestionsOnLongshanReadsRight(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("longshan.gpkg");
        Files.copy(Path.of("samples/longshan.gpkg"), project);
        CliRun suggest = CliRun.of("--lang", "zh", "suggest", project.toString(), "--type", "STRONG_HELPS_WEAK",
                "--save-as", "建议方案");
        assertEquals(0, suggest.exit(), suggest.err());
        Path pdf = dir.resolve("plan.pdf");
        CliRun report = CliRun.of("--lang", "zh", "report", project.toString(), "--scenario", "建议方案", "--out",
                pdf.toString());
        assertEquals(0, report.exit(), report.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }

        assertTrue(text.contains("全镇指标"), "one township: 全镇");
        assertFalse(text.contains("县域"), "a township plan does not speak for a county");
        assertTrue(text.contains("规则检查"));
        assertTrue(text.contains("暂按成员村均分计算"), "the placeholder-shares warning is listed");
        assertTrue(text.contains("暂无项目"), "clusters without projects say so");
        assertFalse(text.contains("第 0 年收回投资"), "never a payback in year 0");
        assertFalse(text.contains("内部收益率 —，测算期内"), "no NPV/IRR sentence for a cluster without projects");
        assertTrue(text.contains("附录一 共同富裕评分卡"), "appendices in order: the scorecard is 附录一");
        assertTrue(text.contains("附录二 测算模型说明"), "then the model, 附录二");
        assertFalse(text.contains("附录三"));
        assertFalse(text.contains("数据来源：示例数据："), "no doubled label");
        List<String> english = new ArrayList<>();
        Matcher m = ENGLISH_SENTENCE.matcher(text);
        while (m.find()) {
            english.add(m.group());
        }
        assertEquals(List.of(), english, "no English in the Chinese plan");

        // Below-target villages by name: every village under either target in the base year or year N.
        CliRun sim = CliRun.of("simulate", project.toString(), "--scenario", "建议方案", "--runs", "0", "--json");
        assertEquals(0, sim.exit(), sim.err());
        JsonNode root = new ObjectMapper().readTree(sim.out());
        int n = root.get("years").asInt();
        int start = text.indexOf("基期或第 " + n + " 年经营性收入低于");
        assertTrue(start > 0, "the below-target section has its introduction");
        String below = text.substring(start, text.indexOf(root.at("/clusters/0/name").asText(), start));
        int named = 0;
        for (JsonNode v : root.get("villages")) {
            double op0 = v.at("/operatingIncome/0").asDouble();
            double tot0 = v.at("/totalIncome/0").asDouble();
            double opN = v.at("/operatingIncome/" + n).asDouble();
            double totN = v.at("/totalIncome/" + n).asDouble();
            boolean under = op0 < 500_000 || tot0 < 1_000_000 || opN < 500_000 || totN < 1_000_000;
            String name = v.get("name").asText();
            int at = below.indexOf(name);
            if (under) {
                assertTrue(at >= 0, name + " is listed below the targets");
                named++;
            }
        }
        assertTrue(named > 3, "the sample has villages below the targets: " + named);
        assertTrue(below.contains("未达标"), "villages that never meet a target say 未达标");
    }
}
