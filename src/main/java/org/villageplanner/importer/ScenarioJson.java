package org.villageplanner.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.ScenarioDocument;
import org.villageplanner.service.ScenarioFormat;

/**
 * The scenario JSON format of CLI.md ({@code "format": "village-cluster-scenario/1"}), with our agreed
 * extensions: top-level {@code notes} and {@code villages}, cluster {@code locked} and {@code bridges} (names of
 * barrier layers switched off for that cluster).
 *
 * <p>Parsing uses Jackson's tree model and walks it by hand, so every error is a {@link PlannerException} naming
 * the file and the JSON path ({@code plan.json: clusters[0].agreement.reserveRatio}), never a Jackson stack trace.
 * Duplicate keys and trailing content are syntax errors. Thread-safe.
 */
public final class ScenarioJson implements ScenarioFormat {
    /** Built at first use: building a mapper loads several hundred Jackson classes the desktop start does not need. */
    private static final class Lazy {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    @Override
    public ScenarioDocument read(Path file) {
        String name = displayName(file);
        byte[] bytes = TextFiles.readAll(file);
        return parse(name, () -> Lazy.MAPPER.readTree(bytes));
    }

    @Override
    public ScenarioDocument fromString(String json, String fileName) {
        return parse(fileName, () -> Lazy.MAPPER.readTree(json));
    }

    @Override
    public void write(ScenarioDocument document, Path file) {
        TextFiles.writeAtomically(file, toString(document).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString(ScenarioDocument document) {
        try {
            return Lazy.MAPPER.writeValueAsString(ScenarioJsonWriter.write(document)) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serializes; this would be a bug, not bad input.
            throw new IllegalStateException(e);
        }
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private interface TreeSource {
        JsonNode get() throws IOException;
    }

    private static ScenarioDocument parse(String fileName, TreeSource source) {
        JsonNode root;
        try {
            root = source.get();
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new PlannerException(e, "importer.json.syntax", fileName, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new PlannerException(e, "importer.file.unreadable", fileName, String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new PlannerException("importer.json.empty", fileName);
        }
        return ScenarioJsonReader.read(fileName, root);
    }

}
