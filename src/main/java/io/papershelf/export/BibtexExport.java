package io.papershelf.export;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.papershelf.model.Paper;

/**
 * Writes papers as BibTeX {@code @misc} entries, UTF-8 text as Zotero writes it: title (in an extra
 * brace group, so that styles keep its capitals), author, year, month, the arXiv {@code eprint} with
 * {@code archivePrefix} and, where known, {@code primaryClass}, url, abstract and keywords (the paper's
 * tags). Keys come from {@link CitationKeys}.
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
        StringBuilder b = new StringBuilder("@misc{").append(key).append(",\n");
        field(b, "title", "{" + escape(fold(p.title())) + "}");
        author(p).ifPresent(a -> field(b, "author", a));
        Optional<YearMonth> month = PaperLinks.month(p);
        month.ifPresent(m -> field(b, "year", String.valueOf(m.getYear())));
        month.ifPresent(m -> b.append("  month = ").append(MONTHS[m.getMonthValue() - 1]).append(",\n"));
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
