package io.papershelf.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;
import io.papershelf.model.QuoteAnchor;

/**
 * One annotated paper as a Markdown file for Obsidian or Logseq: YAML front matter (title, authors,
 * organisation, published, arxiv, github, url, tags, read, and the {@code papershelf} marker that says the
 * file is Papershelf's and which paper it holds), then the note, then the highlights as quotes with their
 * comments, grouped under their colour's name. The file name is the title, made safe, with the arXiv id
 * or a citation key.
 */
public final class NoteFile {
    /** The front-matter key whose presence says that Papershelf wrote the file. */
    public static final String MARKER = "papershelf";
    private static final int MAX_NAME = 80;

    private NoteFile() {
    }

    /** The value of the marker for a paper: its arXiv id, else its DOI, else its library id. */
    public static String key(Paper p) {
        if (p.arxivId() != null && !p.arxivId().isBlank()) {
            return "arxiv:" + p.arxivId().strip();
        }
        String doi = p.bibliographic().doi();
        return doi != null && !doi.isBlank() ? "doi:" + doi.strip().toLowerCase(Locale.ROOT) : "paper:" + p.id();
    }

    /** "Attention Is All You Need (1706.03762).md", or with a citation key when there is no arXiv id. */
    public static String fileName(Paper p, String citationKey) {
        String title = safe(p.title());
        if (title.length() > MAX_NAME) {
            int cut = title.lastIndexOf(' ', MAX_NAME);
            title = title.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME).strip();
        }
        String id = p.arxivId() != null && !p.arxivId().isBlank() ? safe(p.arxivId()) : citationKey;
        return (title.isEmpty() ? "Untitled" : title) + " (" + id + ").md";
    }

    /** Letters, digits, spaces and harmless punctuation; what Obsidian, Windows or a shell would trip on goes. */
    static String safe(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|#^\\[\\]{}`$%&!~;=\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        while (s.startsWith(".") || s.endsWith(".")) {
            s = (s.startsWith(".") ? s.substring(1) : s.substring(0, s.length() - 1)).strip();
        }
        return s;
    }

    /** The whole file. */
    public static String render(Paper p, HighlightColors colors) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(quoted(p.title())).append('\n');
        b.append("authors: ").append(list(p.authors())).append('\n');
        if (p.organization() != null) {
            b.append("organisation: ").append(quoted(p.organization().name())).append('\n');
        }
        if (p.published() != null) {
            b.append("published: ").append(p.published().iso()).append('\n');
        }
        if (p.arxivId() != null && !p.arxivId().isBlank()) {
            b.append("arxiv: ").append(quoted(p.arxivId().strip())).append('\n');
        }
        if (!p.githubUrls().isEmpty()) {
            b.append("github: ").append(quoted(p.githubUrls().get(0))).append('\n');
        }
        Optional<String> url = PaperLinks.primaryUrl(p);
        url.ifPresent(u -> b.append("url: ").append(quoted(u)).append('\n'));
        b.append("tags: ").append(list(p.tags())).append('\n');
        b.append("read: ").append(p.read()).append('\n');
        b.append(MARKER).append(": ").append(quoted(key(p))).append('\n');
        b.append("---\n");
        String note = p.notes() == null ? "" : p.notes().strip();
        if (!note.isEmpty()) {
            b.append('\n').append(note.replace("\r\n", "\n").replace('\r', '\n')).append('\n');
        }
        if (!p.highlights().isEmpty()) {
            b.append("\n## Highlights\n");
            for (int color = 0; color < HighlightColors.COUNT; color++) {
                List<Highlight> group = new ArrayList<>();
                for (Highlight h : p.highlights()) {
                    if (h.color() == color) {
                        group.add(h);
                    }
                }
                if (group.isEmpty()) {
                    continue;
                }
                b.append("\n### ").append(oneLine(colors.name(color))).append('\n');
                for (Highlight h : group) {
                    b.append('\n');
                    for (String line : h.quote().strip().split("\\R")) {
                        b.append("> ").append(line.strip()).append('\n');
                    }
                    String text = h.field() == Highlight.Field.TITLE ? p.title() : p.abstractText();
                    if (QuoteAnchor.locate(text, h).isEmpty()) {
                        b.append(">\n> (no longer in the ").append(h.field().key()).append(")\n");
                    }
                    if (!h.comment().isBlank()) {
                        b.append('\n').append(h.comment().strip()).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped; one line. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : oneLine(s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String list(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String v : values) {
            items.add(quoted(v));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** The marker's value in a file's front matter, if the file has front matter with one. */
    public static Optional<String> markerIn(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (!text.startsWith("---")) {
            return Optional.empty();
        }
        String[] lines = text.split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                break;
            }
            if (line.startsWith(MARKER + ":")) {
                String v = line.substring(MARKER.length() + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
