package io.papershelf.listing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

/**
 * The paper cards of the Hugging Face site as JSON, shared by the saved HTML page (which embeds them in
 * an element's {@code data-props}) and the site's API saved to a file ({@code /api/daily_papers} returns
 * an array of cards, {@code /api/papers/search} cards or bare paper objects). A card is
 * {@code {paper: {id, title, summary, ai_summary, authors[].name, publishedAt, submittedOnDailyAt, upvotes,
 * githubRepo, githubStars, projectPage, ai_keywords}, publishedAt, numComments, organization: {name, fullname}}};
 * any field may be missing.
 */
final class HuggingFaceCards {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern ARXIV_ID = Pattern.compile("(?:\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** A card as found in the JSON, with the 1-based line of the JSON text its value starts on. */
    record Located(JsonNode card, int line) {
    }

    private HuggingFaceCards() {
    }

    /**
     * The cards of a JSON text: the elements of a top-level array, or of the arrays named
     * {@code arrayKeys} in a top-level object. Read as a stream so that each card keeps its line.
     *
     * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException} whose location
     *                     says where) when the JSON is cut off or damaged
     */
    static List<Located> locate(String json, Set<String> arrayKeys) throws IOException {
        List<Located> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_ARRAY) {
                elements(p, out);
            } else if (root == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && arrayKeys.contains(name)) {
                        elements(p, out);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                throw new JsonParseException(p, "expected a JSON array or object");
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "more text after the end of the JSON");
            }
        }
        return out;
    }

    private static void elements(JsonParser p, List<Located> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(p, "the array is cut off");
            }
            int line = p.currentTokenLocation().getLineNr();
            out.add(new Located(p.readValueAsTree(), line));
        }
    }

    /**
     * The entries of the cards, first copies only; cards that are not objects or have no title are noted
     * in {@code skipped}. {@code lineOffset} is added to the JSON's lines to give the file's.
     */
    static List<ListingEntry> entries(List<Located> cards, int lineOffset, SeenCards seen, List<String> skipped) {
        List<ListingEntry> out = new ArrayList<>();
        for (Located c : cards) {
            int line = c.line() + lineOffset;
            ListingEntry e = c.card().isObject() ? entry(c.card(), line) : null;
            if (e == null) {
                skipped.add("line " + line + ": a card without a paper title");
            } else if (seen.firstTime(e, skipped)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The entry for one card or bare paper object, or null when it has no title. */
    static ListingEntry entry(JsonNode card, int line) {
        JsonNode paper = card.path("paper").isObject() ? card.get("paper") : card;
        String title = collapse(text(paper, card, "title"));
        if (title == null) {
            return null;
        }
        String summary = collapse(text(paper, card, "summary"));
        String githubRepo = webLink(text(paper, card, "githubRepo"));
        String projectPage = webLink(text(paper, card, "projectPage"));
        Set<String> links = new LinkedHashSet<>(Links.find(summary));
        if (githubRepo != null) {
            links.add(githubRepo);
        }
        if (projectPage != null) {
            links.add(projectPage);
        }
        List<String> linkList = List.copyOf(links);
        JsonNode authors = paper.path("authors");
        return ListingEntry.builder(title)
                .abstractText(summary)
                .summary(collapse(text(paper, card, "ai_summary")))
                .arxivId(arxivId(paper.path("id").asText(null)))
                .authors(names(authors))
                .authorCount(authors.isArray() ? authors.size() : null)
                .organization(organization(card.path("organization").isObject()
                        ? card.get("organization") : paper.path("organization")))
                .published(date(text(paper, card, "publishedAt")))
                .upvotes(count(paper, card, "upvotes"))
                .comments(count(card, paper, "numComments"))
                .links(linkList)
                .githubUrls(Links.githubRepositories(linkList))
                .projectPage(projectPage)
                .githubStars(count(paper, card, "githubStars"))
                .suggestedTags(keywords(paper.has("ai_keywords") ? paper.get("ai_keywords") : card.path("ai_keywords")))
                .line(line)
                .build();
    }

    /**
     * The day the cards were listed, from their content: the latest of the cards' own {@code publishedAt}
     * (when the card wraps a {@code paper}, the card's date is when it was listed; the paper's is when it
     * appeared) and the papers' {@code submittedOnDailyAt}, as UTC days; null when no card has either.
     */
    static LocalDate listingDate(List<Located> cards) {
        LocalDate latest = null;
        for (Located c : cards) {
            JsonNode card = c.card();
            JsonNode paper = card.path("paper");
            for (JsonNode v : List.of(paper.isObject() ? card.path("publishedAt") : card.path("missing"),
                    paper.path("submittedOnDailyAt"), card.path("submittedOnDailyAt"))) {
                LocalDate d = date(v.isTextual() ? v.asText() : null);
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /** Runs of whitespace (the site's titles hold "\n  ") as one space; null for blank text. */
    static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String one = BLANKS.matcher(s).replaceAll(" ").strip();
        return one.isEmpty() ? null : one;
    }

    static String arxivId(String id) {
        return id != null && ARXIV_ID.matcher(id.strip()).matches() ? id.strip() : null;
    }

    /** A text field of the paper, else of the card around it (the site repeats title and summary there). */
    private static String text(JsonNode first, JsonNode second, String field) {
        JsonNode v = first.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            v = second.path(field);
        }
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static Integer count(JsonNode first, JsonNode second, String field) {
        JsonNode v = first.path(field).isMissingNode() || first.path(field).isNull() ? second.path(field) : first.path(field);
        if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0) {
            return v.intValue();
        }
        return null;
    }

    private static String webLink(String s) {
        return s != null && Links.isWebLink(s.strip()) ? s.strip() : null;
    }

    private static List<String> names(JsonNode authors) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : authors) {
            String name = collapse(a.path("name").isTextual() ? a.get("name").asText() : null);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static Organization organization(JsonNode org) {
        String handle = collapse(org.path("name").isTextual() ? org.get("name").asText() : null);
        String fullname = collapse(org.path("fullname").isTextual() ? org.get("fullname").asText() : null);
        String name = fullname != null ? fullname : handle;
        return name == null ? null : new Organization(name, handle);
    }

    /** "2026-09-16T00:00:00.000Z": the calendar date the site shows, which is the UTC date it wrote. */
    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static List<String> keywords(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode k : array) {
            String word = collapse(k.isTextual() ? k.asText() : null);
            if (word != null) {
                out.add(word);
            }
        }
        return List.copyOf(out);
    }
}
