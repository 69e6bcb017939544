package io.papershelf.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;

/**
 * Writes a Markdown reading list: {@code # Reading list}, then one task item per paper,
 * {@code - [ ] [Title](link)} ({@code [x]} when read; the title alone when there is no web link), with
 * the tags as code spans, the notes as a block quote indented under it, and the highlights, each as a
 * sub-item naming its colour, with the quote and the comment. Markdown characters in titles and quotes
 * are escaped so that they show as written; notes and comments are the user's own text and are kept as
 * they are, since users write Markdown in them.
 */
public final class MarkdownReadingList {
    private static final String ESCAPED = "\\`*_[]<>#!|~&";
    private static final String INDENT = "  ";
    private final HighlightColors colors;

    public MarkdownReadingList() {
        this(HighlightColors.DEFAULT);
    }

    public MarkdownReadingList(HighlightColors colors) {
        this.colors = colors;
    }

    /** Writes the heading and one item per paper, in the list's order. */
    public void write(List<Paper> papers, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("# Reading list\n\n");
        for (Paper p : papers) {
            b.append("- [").append(p.read() ? 'x' : ' ').append("] ");
            String title = escape(p.title() == null ? "" : p.title().trim().replaceAll("\\s+", " "));
            PaperLinks.primaryUrl(p).ifPresentOrElse(
                    url -> b.append('[').append(title).append("](").append(destination(url)).append(')'),
                    () -> b.append(title));
            b.append('\n');
            if (!p.tags().isEmpty()) {
                b.append(INDENT);
                for (int i = 0; i < p.tags().size(); i++) {
                    b.append(i > 0 ? " " : "").append(codeSpan(p.tags().get(i).trim()));
                }
                b.append('\n');
            }
            if (p.notes() != null && !p.notes().isBlank()) {
                for (String line : p.notes().strip().split("\\R", -1)) {
                    b.append(INDENT).append('>').append(line.isBlank() ? "" : " " + line.stripTrailing()).append('\n');
                }
            }
            for (Highlight h : p.highlights()) {
                b.append(INDENT).append("- ").append(escape(oneLine(colors.name(h.color())))).append(": “")
                        .append(escape(oneLine(h.quote()))).append('”');
                if (!h.comment().isBlank()) {
                    b.append(" — ").append(oneLine(h.comment()));
                }
                b.append('\n');
            }
        }
        out.write(b.toString());
        out.flush();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A backslash before each character Markdown could read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A link destination may not hold spaces, and parentheses or angle brackets would end it early. */
    static String destination(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }

    /** {@code `tag`}, or {@code `` tag ``} when the tag itself holds a backtick. */
    static String codeSpan(String tag) {
        return tag.contains("`") ? "`` " + tag + " ``" : "`" + tag + "`";
    }
}
