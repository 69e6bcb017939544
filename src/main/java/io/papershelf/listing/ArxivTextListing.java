package io.papershelf.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

/**
 * An arXiv listing page ({@code arxiv.org/list/cs.CL/new}, {@code .../recent}) saved as text. Each entry
 * opens with a line {@code [1] arXiv:2410.05434 [pdf, html, other]} (the number, the marks after the
 * id and a version are optional) followed by labelled fields: {@code Title:}, {@code Authors:},
 * {@code Comments:}, {@code Subjects:}, {@code Abstract:} and a few others that are not used. A field
 * runs on over the following lines until a blank line, the next label or the next entry, because the
 * browser wraps long titles, author lists and abstracts. The short listing form has no abstracts.
 */
public final class ArxivTextListing implements ListingReader {
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:\\[\\d+\\]\\s*)?arXiv:" + ArxivIds.pattern() + "(?:\\s.*)?$");
    private static final Pattern FIELD = Pattern.compile(
            "^(Title|Authors|Comments|Subjects|Abstract|Journal-ref|DOI|Report-no|MSC-class|ACM-class):\\s*(.*)$");
    private static final Pattern CATEGORY = Pattern.compile("\\(([a-z-]+(?:\\.[A-Za-z-]+)?)\\)");
    /** "Showing new listings for Tuesday, 8 October 2024": the page's own date. */
    private static final Pattern PAGE_DATE = Pattern.compile(
            "(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** One entry as collected: its id line, and the text of each labelled field with the label's line. */
    private static final class Card {
        final String arxivId;
        final int line;
        final Map<String, StringBuilder> fields = new LinkedHashMap<>();
        int titleLine;

        Card(String arxivId, int line) {
            this.arxivId = arxivId;
            this.line = line;
        }

        String field(String name) {
            StringBuilder b = fields.get(name);
            return b == null ? "" : b.toString().trim().replaceAll("\\s+", " ");
        }
    }

    @Override
    public String name() {
        return "arXiv listing text";
    }

    @Override
    public boolean accepts(ListingText text) {
        boolean entry = false;
        boolean title = false;
        for (String raw : text.lines()) {
            String line = raw.trim();
            entry |= (line.startsWith("arXiv:") || line.startsWith("[")) && ENTRY.matcher(line).matches();
            title |= line.startsWith("Title:");
            if (entry && title) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        List<Card> cards = new ArrayList<>();
        LocalDate listingDate = null;
        Card card = null;
        StringBuilder field = null;
        List<String> lines = text.lines();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                card = new Card(ArxivIds.canonical(entry.group(1)), n + 1);
                cards.add(card);
                field = null;
                continue;
            }
            if (card == null) {
                listingDate = listingDate != null ? listingDate : pageDate(line);
                continue;
            }
            Matcher label = FIELD.matcher(line);
            if (label.matches()) {
                field = new StringBuilder(label.group(2));
                card.fields.put(label.group(1), field);
                if (label.group(1).equals("Title")) {
                    card.titleLine = n + 1;
                }
            } else if (line.isEmpty()) {
                field = null; // section headings and page chrome between entries belong to no field
            } else if (field != null) {
                field.append(' ').append(line);
            }
        }
        if (cards.isEmpty()) {
            throw new ListingException(text.fileName(), 0,
                    "no lines of the form 'arXiv:2410.05434' were found, so it does not look like an arXiv listing");
        }
        List<ListingEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Card c : cards) {
            if (c.field("Title").isEmpty()) {
                skipped.add("line " + c.line + ": arXiv:" + c.arxivId + " has no Title line");
            } else if (!seen.add(c.arxivId)) {
                skipped.add("line " + c.line + ": arXiv:" + c.arxivId + " is listed a second time");
            } else {
                entries.add(entry(c));
            }
        }
        return new Listing(text.fileName(), listingDate != null ? listingDate : fallbackDate, name(), entries,
                skipped);
    }

    private static ListingEntry entry(Card c) {
        String abstractText = c.field("Abstract");
        List<String> links = Links.find(c.field("Comments") + " " + abstractText);
        Matcher category = CATEGORY.matcher(c.field("Subjects"));
        return ListingEntry.builder(c.field("Title"))
                .line(c.titleLine)
                .arxivId(c.arxivId)
                .authors(authors(c.field("Authors")))
                .abstractText(abstractText)
                .links(links)
                .githubUrls(Links.githubRepositories(links))
                .suggestedTags(category.find() ? List.of(category.group(1)) : List.of())
                .build();
    }

    /** "A, B, C" or, in older pages, "A, B and C". */
    static List<String> authors(String field) {
        List<String> names = new ArrayList<>();
        for (String part : field.split(",")) {
            for (String name : part.split("\\s+and\\s+")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty() && !trimmed.equals("et al.")) {
                    names.add(trimmed);
                }
            }
        }
        return names;
    }

    private static LocalDate pageDate(String line) {
        Matcher m = PAGE_DATE.matcher(line);
        if (!line.toLowerCase(Locale.ROOT).startsWith("showing") || !m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
