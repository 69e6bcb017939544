package io.papershelf.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.papershelf.model.Paper;

/**
 * Writes papers as CSV (RFC 4180): a header row, then one row per paper, fields separated by commas,
 * rows ended by CRLF; a field holding a comma, a quote or a line break is quoted and its quotes doubled.
 * Lists (authors, GitHub links, tags) are joined with "; ". The caller opens the writer as UTF-8.
 *
 * <p>Formula injection: spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (and, in some, a tab or carriage return) as a formula, and titles, notes and tags come from
 * web pages and users. Such a cell gets a leading apostrophe, the spreadsheet's own mark for "this is
 * text", as OWASP recommends; the apostrophe is visible to a program that reads the file back.
 */
public final class CsvExport {
    static final List<String> HEADER = List.of("title", "authors", "organization", "published", "arxivId", "doi",
            "venue", "url", "githubUrls", "upvotes", "comments", "read", "tags", "notes");
    private static final String LIST_SEPARATOR = "; ";

    /** Writes the header and one row per paper, in the list's order. */
    public void write(List<Paper> papers, Writer out) throws IOException {
        row(HEADER, out);
        for (Paper p : papers) {
            row(List.of(
                    text(p.title()),
                    String.join(LIST_SEPARATOR, p.authors()),
                    p.organization() == null ? "" : p.organization().name(),
                    p.published() == null ? "" : p.published().iso(),
                    text(p.arxivId()),
                    text(p.bibliographic().doi()),
                    text(p.bibliographic().venue()),
                    PaperLinks.primaryUrl(p).orElse(""),
                    String.join(LIST_SEPARATOR, p.githubUrls()),
                    p.upvotes() == null ? "" : p.upvotes().toString(),
                    String.valueOf(p.comments()),
                    String.valueOf(p.read()),
                    String.join(LIST_SEPARATOR, p.tags()),
                    text(p.notes())), out);
        }
        out.flush();
    }

    private static void row(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: defused against formulas, then quoted when RFC 4180 requires it. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
