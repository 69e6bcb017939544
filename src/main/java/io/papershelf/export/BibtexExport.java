package io.papershelf.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/**
 * Writes papers as BibTeX entries of their own type ({@code @article}, {@code @inproceedings}...; a paper
 * without one is {@code @misc}, or {@code @article} when it has a journal), UTF-8 text as Zotero writes it:
 * title (in an extra brace group, so that styles keep its capitals), author, journal or booktitle, volume,
 * number, pages, publisher, year, month (only when known), biblatex's {@code date} (only when the day is
 * known), doi, the arXiv {@code eprint} with {@code archivePrefix} and, where known, {@code primaryClass},
 * url, abstract and keywords (the paper's tags). Keys come from {@link CitationKeys}.
 *
 * <p>The user's notes are left out on purpose: they are private, often long, and the standard styles
 * print a {@code note} field in the bibliography, so they would end up in someone's reference list.
 * Special characters are written so that BibTeX and LaTeX read them back as the same text: see
 * {@link #escape(String)}.
 */
public final class BibtexExport {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    /** arXiv categories as they appear among suggested tags: cs.CL, stat.ML, hep-th, quant-ph... */
    private static final Pattern CATEGORY = Pattern.compile(
            "^(?:cs|math|stat|eess|econ|q-bio|q-fin|physics|astro-ph|cond-mat|nlin)\\.[A-Za-z-]+$"
                    + "|^(?:hep-th|hep-ph|hep-ex|hep-lat|gr-qc|quant-ph|math-ph|nucl-th|nucl-ex)$");
    private static final Pattern AND_WORD = Pattern.compile("(?i)\\band\\b");
    /** Entry types whose venue is the book they are part of ({@code booktitle}), not a journal. */
    private static final Set<String> BOOK_PARTS = Set.of("inproceedings", "incollection", "inbook", "conference");

    /** Writes one entry per paper, in the list's order, separated by blank lines. */
    public void write(List<Paper> papers, Writer out) throws IOException {
        List<String> keys = CitationKeys.assign(papers);
        for (int i = 0; i < papers.size(); i++) {
            if (i > 0) {
                out.write("\n");
            }
            out.write(entry(papers.get(i), keys.get(i)));
        }
        out.flush();
    }

    String entry(Paper p, String key) {
        Bibliographic bib = p.bibliographic();
        String type = bib.entryType() != null && bib.entryType().matches("[a-z]+") ? bib.entryType()
                : bib.hasPublishedVenue() ? "article" : "misc";
        StringBuilder b = new StringBuilder("@").append(type).append("{").append(key).append(",\n");
        field(b, "title", "{" + escape(fold(p.title())) + "}");
        author(p).ifPresent(a -> field(b, "author", a));
        if (bib.venue() != null) {
            field(b, BOOK_PARTS.contains(type) ? "booktitle" : "journal", escape(fold(bib.venue())));
        }
        text(b, "volume", bib.volume());
        text(b, "number", bib.issue());
        if (bib.pages() != null) {
            // A page range's en dash is BibTeX's "--" (escaping would keep the two hyphens apart).
            field(b, "pages", escape(fold(bib.pages())).replace("\u2013", "--"));
        }
        text(b, "publisher", bib.publisher());
        Optional<PublishedDate> date = PaperLinks.date(p);
        date.ifPresent(d -> field(b, "year", String.valueOf(d.year())));
        date.filter(d -> d.precision() != PublishedDate.Precision.YEAR)
                .ifPresent(d -> b.append("  month = ").append(MONTHS[d.date().getMonthValue() - 1]).append(",\n"));
        // BibTeX has no day; biblatex's date field keeps it, and BibTeX itself ignores the field.
        date.filter(d -> d.precision() == PublishedDate.Precision.DAY).ifPresent(d -> field(b, "date", d.iso()));
        if (bib.doi() != null) {
            field(b, "doi", url(bib.doi()));
        }
        if (p.arxivId() != null && !p.arxivId().isBlank()) {
            field(b, "eprint", p.arxivId().trim());
            field(b, "archivePrefix", "arXiv");
            primaryClass(p).ifPresent(c -> field(b, "primaryClass", c));
        }
        PaperLinks.primaryUrl(p).ifPresent(u -> field(b, "url", url(u)));
        if (p.abstractText() != null && !p.abstractText().isBlank()) {
            field(b, "abstract", escape(p.abstractText().trim()));
        }
        if (!p.tags().isEmpty()) {
            field(b, "keywords", escape(String.join(", ", p.tags())));
        }
        return b.append("}\n").toString();
    }

    private static void text(StringBuilder b, String name, String value) {
        if (value != null) {
            field(b, name, escape(fold(value)));
        }
    }

    private static void field(StringBuilder b, String name, String bracedContent) {
        b.append("  ").append(name).append(" = {").append(bracedContent).append("},\n");
    }

    /**
     * Names joined by {@code and}; a name holding a comma or the word "and" is braced so that BibTeX does
     * not split it. With no names, an organisation is one braced name; an author count alone is left out.
     */
    private static Optional<String> author(Paper p) {
        List<String> names = new ArrayList<>();
        for (String name : p.authors()) {
            String n = escape(fold(name));
            if (!n.isEmpty()) {
                names.add(n.contains(",") || AND_WORD.matcher(n).find() ? "{" + n + "}" : n);
            }
        }
        if (names.isEmpty() && p.organization() != null) {
            names.add("{" + escape(fold(p.organization().name())) + "}");
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", names));
    }

    /** An old-style id names its archive; otherwise a category among the suggested tags, if any. */
    private static Optional<String> primaryClass(Paper p) {
        String id = p.arxivId().trim();
        if (id.contains("/")) {
            return Optional.of(id.substring(0, id.indexOf('/')));
        }
        return p.suggestedTags().stream().filter(t -> CATEGORY.matcher(t).matches()).findFirst();
    }

    /**
     * Text for a braced field. {@code % & $ # _} take a backslash; braces, backslash, tilde and caret
     * become text commands ({@code \textbraceleft{}}...), because BibTeX counts every brace, escaped or
     * not, and a lone {@code \{} would unbalance the entry; {@code --} is split ({@code -{}-}) so that it
     * is not read back as a dash.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '-' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '-' ? "-{}" : "-");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Addresses stay as written except characters that would break the braces or the field. */
    private static String url(String u) {
        return u.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20").replace("\\", "%5C");
    }

    private static String fold(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }
}
