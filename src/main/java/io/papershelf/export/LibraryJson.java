package io.papershelf.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.papershelf.listing.ListingException;
import io.papershelf.model.Bibliographic;
import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;
import io.papershelf.model.Paper;
import io.papershelf.model.PersonalData;
import io.papershelf.model.TagName;
import io.papershelf.model.PublishedDate;
import io.papershelf.model.SourceRef;

/**
 * The Papershelf JSON document: {@code {"format": "papershelf", "version": 2, "exportedAt": ..., "papers":
 * [...]}}. It is both the export and the backup format, so reading it back restores personal fields
 * too. Version 2 adds the summary, DOI, entry type, venue, volume, issue, pages and publisher, and writes
 * {@code published} at its own precision ({@code 2001}, {@code 2001-03} or {@code 2001-03-15}); version 1
 * documents (which lack those fields and always hold full dates) still read. Version 3 adds each paper's
 * {@code highlights} and the document's {@code highlightColors} (the colours' names); older documents read as
 * papers without highlights. See {@code docs/json-format.md}.
 */
public final class LibraryJson {
    public static final String FORMAT = "papershelf";
    public static final int VERSION = 3;
    public static final String SHAPE_NAME = "Papershelf JSON";

    /**
     * Made on first use: {@link #accepts} runs for every file imported, and a text listing should not pay for
     * Jackson's object mapper (about 300 classes to load in a fresh JVM).
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private LibraryJson() {
    }

    /** Writes the papers as one document to {@code out} (not closed), with the default colour names. */
    public static void write(List<Paper> papers, Instant exportedAt, Writer out) throws IOException {
        write(papers, HighlightColors.DEFAULT, exportedAt, out);
    }

    /** Writes the papers as one document to {@code out} (not closed). */
    public static void write(List<Paper> papers, HighlightColors colors, Instant exportedAt, Writer out)
            throws IOException {
        ObjectNode doc = Mapper.JSON.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("exportedAt", exportedAt.toString());
        strings(doc.putArray("highlightColors"), colors.names());
        ArrayNode array = doc.putArray("papers");
        for (Paper p : papers) {
            array.add(toJson(p, colors));
        }
        Mapper.JSON.writeValue(out, doc);
    }

    private static ObjectNode toJson(Paper p, HighlightColors colors) {
        ObjectNode n = Mapper.JSON.createObjectNode();
        n.put("title", p.title());
        n.put("abstract", p.abstractText());
        n.put("summary", p.summary());
        n.put("arxivId", p.arxivId());
        strings(n.putArray("authors"), p.authors());
        putInt(n, "authorCount", p.authorCount());
        n.put("organization", p.organization() == null ? null : p.organization().name());
        n.put("organizationHandle", p.organization() == null ? null : p.organization().handle());
        n.put("published", p.published() == null ? null : p.published().iso());
        Bibliographic b = p.bibliographic();
        n.put("doi", b.doi());
        n.put("entryType", b.entryType());
        n.put("venue", b.venue());
        n.put("volume", b.volume());
        n.put("issue", b.issue());
        n.put("pages", b.pages());
        n.put("publisher", b.publisher());
        putInt(n, "upvotes", p.upvotes());
        n.put("comments", p.comments());
        strings(n.putArray("links"), p.links());
        strings(n.putArray("githubUrls"), p.githubUrls());
        n.put("projectPage", p.projectPage());
        putInt(n, "githubStars", p.githubStars());
        strings(n.putArray("suggestedTags"), p.suggestedTags());
        n.put("read", p.read());
        n.put("readAt", p.readAt() == null ? null : p.readAt().toString());
        strings(n.putArray("tags"), p.tags());
        n.put("notes", p.notes());
        n.put("addedAt", p.addedAt() == null ? null : p.addedAt().toString());
        ArrayNode sources = n.putArray("sources");
        for (SourceRef s : p.sources()) {
            ObjectNode sn = sources.addObject();
            sn.put("file", s.fileName());
            sn.put("listingDate", s.listingDate() == null ? null : s.listingDate().toString());
            sn.put("importedAt", s.importedAt() == null ? null : s.importedAt().toString());
        }
        ArrayNode marks = n.putArray("highlights");
        for (Highlight h : p.highlights()) {
            ObjectNode hn = marks.addObject();
            hn.put("field", h.field().key());
            hn.put("start", h.start());
            hn.put("quote", h.quote());
            hn.put("color", h.color());
            hn.put("colorName", colors.name(h.color()));
            hn.put("comment", h.comment());
            hn.put("createdAt", h.createdAt() == null ? null : h.createdAt().toString());
        }
        return n;
    }

    private static void putInt(ObjectNode n, String field, Integer v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Whether the text is a Papershelf document (cheap: looks at the start only). */
    public static boolean accepts(String text) {
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        return head.stripLeading().startsWith("{") && head.replace(" ", "").contains("\"format\":\"papershelf\"");
    }

    /** Reads a Papershelf document back into entries that carry their personal data. */
    public static Listing read(String fileName, String text) throws ListingException {
        JsonNode doc;
        try {
            doc = Mapper.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ListingException(fileName, at == null ? 0 : (int) at.getLineNr(),
                    "this Papershelf JSON file is damaged (" + e.getOriginalMessage() + ")");
        }
        if (doc.path("version").asInt(0) > VERSION) {
            throw new ListingException(fileName, 0, "this Papershelf JSON file is version " + doc.path("version").asInt()
                    + ", newer than this Papershelf reads (" + VERSION + ")");
        }
        JsonNode array = doc.path("papers");
        if (!array.isArray()) {
            throw new ListingException(fileName, 0, "this Papershelf JSON file has no \"papers\" array");
        }
        List<ListingEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode n : array) {
            index++;
            try {
                entries.add(fromJson(n));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new ListingException(fileName, 0, "paper " + index + " of this Papershelf JSON file is invalid ("
                        + e.getMessage() + ")");
            }
        }
        List<String> colors = strings(doc.path("highlightColors"));
        return new Listing(fileName, null, SHAPE_NAME, entries, List.of(),
                colors.size() == HighlightColors.COUNT ? colors : List.of());
    }

    private static ListingEntry fromJson(JsonNode n) {
        String org = text(n, "organization");
        List<SourceRef> sources = new ArrayList<>();
        for (JsonNode s : n.path("sources")) {
            sources.add(new SourceRef(text(s, "file"), date(text(s, "listingDate")), instant(text(s, "importedAt"))));
        }
        List<Highlight> highlights = new ArrayList<>();
        for (JsonNode h : n.path("highlights")) {
            highlights.add(new Highlight(0, Highlight.Field.of(String.valueOf(text(h, "field"))), h.path("start").asInt(0),
                    text(h, "quote"), h.path("color").asInt(0), text(h, "comment"), instant(text(h, "createdAt"))));
        }
        PersonalData personal = new PersonalData(n.path("read").asBoolean(false), instant(text(n, "readAt")),
                strings(n.path("tags")).stream().map(TagName::clean).toList(), text(n, "notes"), instant(text(n, "addedAt")), sources, highlights);
        return ListingEntry.builder(text(n, "title"))
                .abstractText(text(n, "abstract"))
                .summary(text(n, "summary"))
                .arxivId(text(n, "arxivId"))
                .authors(strings(n.path("authors")))
                .authorCount(integer(n, "authorCount"))
                .organization(org == null || org.isBlank() ? null : new Organization(org, text(n, "organizationHandle")))
                .published(PublishedDate.parse(text(n, "published")))
                .bibliographic(new Bibliographic(text(n, "doi"), text(n, "entryType"), text(n, "venue"),
                        text(n, "volume"), text(n, "issue"), text(n, "pages"), text(n, "publisher")))
                .upvotes(integer(n, "upvotes"))
                .comments(integer(n, "comments"))
                .links(strings(n.path("links")))
                .githubUrls(strings(n.path("githubUrls")))
                .projectPage(text(n, "projectPage"))
                .githubStars(integer(n, "githubStars"))
                .suggestedTags(strings(n.path("suggestedTags")))
                .personal(personal)
                .build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            if (v.isTextual()) {
                out.add(v.asText());
            }
        }
        return out;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
