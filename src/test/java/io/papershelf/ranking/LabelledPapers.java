package io.papershelf.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The evaluation corpus: real arXiv papers of one day, their primary category as the tag (see SOURCES.md). */
public record LabelledPapers(List<Paper> papers) {
    public static final String RESOURCE = "/ranking/arxiv-2026-02-10.jsonl";

    public record Paper(String arxivId, String title, String abstractText, List<String> categories) {
        public String primary() {
            return categories.get(0);
        }

        public String text() {
            return title + "\n" + abstractText;
        }
    }

    public static LabelledPapers load() {
        ObjectMapper json = new ObjectMapper();
        List<Paper> out = new ArrayList<>();
        try (InputStream in = LabelledPapers.class.getResourceAsStream(RESOURCE)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> cats = new ArrayList<>();
                n.get("categories").forEach(c -> cats.add(c.asText()));
                out.add(new Paper(n.get("id").asText(), n.get("title").asText(), n.get("summary").asText(), cats));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelledPapers(List.copyOf(out));
    }

    public List<String> tags() {
        return papers.stream().map(Paper::primary).distinct().sorted().toList();
    }
}
