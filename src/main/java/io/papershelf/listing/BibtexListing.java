package io.papershelf.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Doi;
import io.papershelf.model.LinkKey;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

/**
 * A BibTeX file, such as Zotero, JabRef or Google Scholar export. Every entry type is read the same way
 * ({@code @article}, {@code @misc}, {@code @inproceedings}...); {@code @comment}, {@code @string} and
 * {@code @preamble} are not papers. Fields used: {@code title}, {@code author}, {@code date} or
 * {@code year}/{@code month} (as precise as given), {@code abstract}, {@code keywords} (as suggested tags), the entry
 * type, {@code doi}, {@code journal} or {@code booktitle}, {@code volume}, {@code number}, {@code pages},
 * {@code publisher}, the arXiv id from
 * {@code eprint} with {@code archivePrefix = {arXiv}} or else from an arXiv {@code url}, {@code doi} or
 * {@code arXiv:} mention, and links from {@code url}, {@code doi}, {@code howpublished}, {@code note} and
 * the abstract. The syntax is read by {@link BibtexParser}, the LaTeX by {@link LatexText}.
 */
public final class BibtexListing implements ListingReader {
    private static final Pattern ENTRY_START = Pattern.compile("^\\s*@\\s*([A-Za-z]+)\\s*[{(].*");
    private static final Set<String> NOT_PAPERS = Set.of("comment", "string", "preamble");
    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    @Override
    public String name() {
        return "BibTeX";
    }

    @Override
    public boolean accepts(ListingText text) {
        boolean entry = false;
        for (String line : text.lines()) {
            if (line.indexOf('@') >= 0) { // the pattern needs one; most lines of other shapes have none
                var m = ENTRY_START.matcher(line);
                if (m.matches() && !NOT_PAPERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    entry = true;
                }
            }
            if (entry && line.contains("=")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        List<ListingEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (BibtexParser.Entry e : BibtexParser.parse(text.fileName(), text.text())) {
            String title = fold(LatexText.decode(raw(e, "title")));
            if (title.isEmpty()) {
                skipped.add("line " + e.line() + ": " + e.label() + " has no title");
                continue;
            }
            // Records of one work (a preprint and its published version, or a copy) are not dropped here: the
            // library decides which records are one paper and keeps the best of each field.
            entries.add(entry(e, title));
        }
        // A library export has no date of its own.
        return new Listing(text.fileName(), fallbackDate, name(), entries, skipped);
    }

    private static ListingEntry entry(BibtexParser.Entry e, String title) {
        String abstractText = paragraphs(LatexText.decode(raw(e, "abstract")));
        List<String> links = links(e, abstractText);
        return ListingEntry.builder(title)
                .line(e.fields().get("title").line())
                .authors(BibtexNames.parse(raw(e, "author")))
                .abstractText(abstractText)
                .arxivId(arxivId(e).orElse(null))
                .published(BibtexDates.published(verbatim(raw(e, "date")), fold(LatexText.decode(raw(e, "year"))),
                        fold(LatexText.decode(raw(e, "month")))))
                .bibliographic(bibliographic(e))
                .links(links)
                .githubUrls(Links.githubRepositories(links))
                .suggestedTags(keywords(LatexText.decode(raw(e, "keywords"))))
                .build();
    }

    /**
     * Entry type, DOI, venue ({@code journal}, else biblatex's {@code journaltitle}, else {@code booktitle}),
     * volume, issue ({@code number}, else {@code issue}), pages and publisher, as the entry gives them.
     */
    private static Bibliographic bibliographic(BibtexParser.Entry e) {
        return new Bibliographic(verbatim(raw(e, "doi")), e.type(),
                decoded(e, "journal", "journaltitle", "booktitle"), decoded(e, "volume"), decoded(e, "number", "issue"),
                decoded(e, "pages"), decoded(e, "publisher"));
    }

    /** The first of these fields the entry has, as text. */
    private static String decoded(BibtexParser.Entry e, String... fields) {
        for (String f : fields) {
            String v = fold(LatexText.decode(raw(e, f)));
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** eprint (when the archive is arXiv or unnamed), else an arXiv address, DOI or "arXiv:" mention. */
    static Optional<String> arxivId(BibtexParser.Entry e) {
        String archive = verbatim(raw(e, e.fields().containsKey("archiveprefix") ? "archiveprefix" : "eprinttype"))
                .toLowerCase(Locale.ROOT);
        String eprint = verbatim(raw(e, "eprint")).replaceFirst("(?i)^arxiv:", "");
        if (!eprint.isEmpty() && (archive.isEmpty() || archive.equals("arxiv"))) {
            Optional<String> id = ArxivIds.parse(eprint);
            if (id.isPresent()) {
                return id;
            }
        }
        return ArxivIds.fromUrl(verbatim(raw(e, "url")))
                .or(() -> ArxivIds.fromDoi(verbatim(raw(e, "doi"))))
                .or(() -> ArxivIds.findTagged(raw(e, "journal") + " " + raw(e, "note") + " " + raw(e, "howpublished")));
    }

    /** The url, the DOI's address and links in the text, one per page ({@code http://dx.doi.org/X} is the DOI's). */
    private static List<String> links(BibtexParser.Entry e, String abstractText) {
        List<String> links = new ArrayList<>();
        String url = verbatim(raw(e, "url"));
        if (Links.isWebLink(url)) {
            links.add(url);
        }
        String doi = verbatim(raw(e, "doi"));
        if (!doi.isEmpty()) {
            links.add(Links.isWebLink(doi) ? doi : Doi.normalise(doi) != null ? Doi.url(doi) : "https://doi.org/" + doi);
        }
        links.addAll(Links.find(LatexText.decode(raw(e, "howpublished") + " " + raw(e, "note")) + " " + abstractText));
        return LinkKey.union(links, List.of());
    }

    /** Keywords split on commas or semicolons, without blanks or repeats (ignoring case). */
    static List<String> keywords(String decoded) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String k : KEYWORD_SEPARATOR.split(decoded.trim())) {
            String keyword = fold(k);
            if (!keyword.isEmpty()) {
                byKey.putIfAbsent(keyword.toLowerCase(Locale.ROOT), keyword);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String raw(BibtexParser.Entry e, String field) {
        BibtexParser.Field f = e.fields().get(field);
        return f == null ? "" : f.value();
    }

    /** Addresses and identifiers are not LaTeX text: only braces and backslash escapes come off. */
    static String verbatim(String raw) {
        return raw.replaceAll("[{}]", "").replaceAll("\\\\([_%&#$~])", "$1").trim();
    }

    /** Whitespace folded within paragraphs; blank lines between them kept as one. */
    private static String paragraphs(String s) {
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(s.trim())) {
            if (!p.isBlank()) {
                out.add(fold(p));
            }
        }
        return String.join("\n\n", out);
    }

    private static String fold(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
