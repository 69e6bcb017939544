package io.papershelf.listing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts BibTeX text into entries and their raw field values, the way BibTeX itself reads a file: text
 * between entries is a comment, {@code @comment} and {@code @preamble} are skipped, {@code @string}
 * defines a macro, a value is {@code {...}} (nested braces kept), {@code "..."}, a number or a macro name,
 * and parts joined with {@code #} are concatenated. Values keep their LaTeX; {@link LatexText} decodes it.
 * A syntax error is reported with the line a person should look at.
 */
final class BibtexParser {
    /** A field as written: lower-case name, the value with its outer delimiters removed, its line. */
    record Field(String name, String value, int line) {
    }

    /** An entry: lower-case type, citation key, fields by lower-case name, the line of its {@code @}. */
    record Entry(String type, String key, Map<String, Field> fields, int line) {
        String label() {
            return "@" + type + "{" + key + "}";
        }
    }

    /** A line inside a value that looks like the next field: the value's closing brace is missing. */
    private static final Pattern SWALLOWED_FIELD = Pattern.compile("\\n\\s*[A-Za-z][\\w-]*\\s*=\\s*[{\"\\d]");
    private static final String[] MONTHS = {"jan", "January", "feb", "February", "mar", "March", "apr", "April",
        "may", "May", "jun", "June", "jul", "July", "aug", "August", "sep", "September", "oct", "October",
        "nov", "November", "dec", "December"};

    private final String file;
    private final BibtexCursor c;
    private final Map<String, String> macros = new HashMap<>();

    private BibtexParser(String file, String text) {
        this.file = file;
        this.c = new BibtexCursor(file, text);
        for (int i = 0; i < MONTHS.length; i += 2) {
            macros.put(MONTHS[i], MONTHS[i + 1]);
        }
    }

    /** The entries of a BibTeX text, in file order. */
    static List<Entry> parse(String fileName, String text) throws ListingException {
        return new BibtexParser(fileName, text).entries();
    }

    private List<Entry> entries() throws ListingException {
        List<Entry> out = new ArrayList<>();
        Entry last = null;
        while (!c.atEnd()) {
            if (c.at('%')) {
                c.skipToLineEnd();
            } else if (c.at('}')) {
                throw c.error(c.pos(), "a '}' stands outside any entry" + (last == null ? ""
                        : "; the entry " + last.label() + " on line " + last.line + " probably has one '}' too many"));
            } else if (c.at('@')) {
                int at = c.pos();
                c.advance();
                c.skipSpace();
                String type = c.identifier().toLowerCase(Locale.ROOT);
                c.skipSpace();
                if (type.isEmpty() || !(c.at('{') || c.at('('))) {
                    continue; // an '@' in the free text between entries, such as an e-mail address
                }
                char close = c.at('{') ? '}' : ')';
                c.advance();
                switch (type) {
                    case "comment", "preamble" -> skipGroup(at, type, close);
                    case "string" -> macro(at, close);
                    default -> {
                        last = entry(type, at, close);
                        out.add(last);
                    }
                }
            } else {
                c.advance();
            }
        }
        return out;
    }

    private Entry entry(String type, int at, char close) throws ListingException {
        c.skipSpace();
        int keyStart = c.pos();
        while (!c.atEnd() && ",{}()=\"#@".indexOf(c.peek()) < 0 && !Character.isWhitespace(c.peek())) {
            c.advance();
        }
        Entry entry = new Entry(type, c.slice(keyStart, c.pos()), new LinkedHashMap<>(), c.line(at));
        while (true) {
            c.skipSpace();
            if (c.atEnd()) {
                throw missingClose(entry, c.error(at, "the entry " + entry.label()
                        + " is never closed; add the missing '" + close + "' at its end"));
            }
            if (c.at(close)) {
                c.advance();
                int rest = c.nextOnLine();
                if (rest >= 0 && c.charAt(rest) == ',') {
                    throw c.error(rest, "the entry " + entry.label() + " (line " + entry.line
                            + ") is closed before this ',': this line has one '}' too many");
                }
                return entry;
            }
            if (!c.at(',')) {
                String found = c.at('@') ? "the next entry starts" : "'" + c.peek() + "' follows";
                throw missingClose(entry, c.error(c.pos(), "the entry " + entry.label() + " (line " + entry.line
                        + ") needs ',' between fields or '" + close + "' at its end, but " + found));
            }
            c.advance();
            c.skipSpace();
            if (c.at(close)) {
                continue; // a trailing comma after the last field, as JabRef and Zotero write
            }
            int nameAt = c.pos();
            String name = c.identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw c.error(nameAt, "a field name was expected in " + entry.label() + " but "
                        + (c.atEnd() ? "the end of the file" : "'" + c.peek() + "'") + " was found");
            }
            c.skipSpace();
            if (!c.at('=')) {
                throw c.error(c.pos(), "the field '" + name + "' in " + entry.label() + " has no '=' after its name");
            }
            c.advance();
            c.skipSpace();
            entry.fields.putIfAbsent(name, new Field(name, value(entry, name), c.line(nameAt)));
        }
    }

    /** Parts joined with '#': braced or quoted text, numbers, macro names. */
    private String value(Entry entry, String field) throws ListingException {
        StringBuilder out = new StringBuilder();
        while (true) {
            int start = c.pos();
            if (c.at('{') || c.at('"')) {
                char close = c.at('{') ? '}' : '"';
                c.advance();
                out.append(delimited(start, close, field));
            } else if (!c.atEnd() && Character.isDigit(c.peek())) {
                while (!c.atEnd() && Character.isDigit(c.peek())) {
                    c.advance();
                }
                out.append(c.slice(start, c.pos()));
            } else {
                String name = c.identifier();
                if (name.isEmpty()) {
                    throw c.error(start, "the field '" + field + "' in " + entry.label() + " has no value");
                }
                out.append(macros.getOrDefault(name.toLowerCase(Locale.ROOT), name));
            }
            c.skipSpace();
            if (!c.at('#')) {
                return out.toString();
            }
            c.advance();
            c.skipSpace();
        }
    }

    /** Text up to the matching close; the cursor is just after the opening delimiter at {@code open}. */
    private String delimited(int open, char close, String field) throws ListingException {
        int depth = 0;
        int start = c.pos();
        for (; !c.atEnd(); c.advance()) {
            char ch = c.peek();
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && depth > 0) {
                depth--;
            } else if (ch == close && depth == 0 && !(close == '"' && c.charAt(c.pos() - 1) == '\\')) {
                String value = c.slice(start, c.pos());
                c.advance();
                return value;
            } else if (ch == '}') {
                throw c.error(c.pos(), "a '}' in the quoted field '" + field + "' closes no '{'");
            }
        }
        throw c.error(open, "the '" + c.charAt(open) + "' that opens the field '" + field
                + "' is never closed; add the missing '" + close + "'");
    }

    private void macro(int at, char close) throws ListingException {
        c.skipSpace();
        String name = c.identifier().toLowerCase(Locale.ROOT);
        c.skipSpace();
        if (name.isEmpty() || !c.at('=')) {
            throw c.error(at, "the @string definition needs the form @string{name = {value}}");
        }
        c.advance();
        c.skipSpace();
        String value = value(new Entry("string", name, Map.of(), c.line(at)), name);
        if (!c.at(close)) {
            throw c.error(at, "the @string definition of '" + name + "' is not closed with '" + close + "'");
        }
        c.advance();
        macros.put(name, value);
    }

    private void skipGroup(int at, String type, char close) throws ListingException {
        char open = close == '}' ? '{' : '(';
        for (int depth = 1; !c.atEnd(); c.advance()) {
            if (c.at(open)) {
                depth++;
            } else if (c.at(close) && --depth == 0) {
                c.advance();
                return;
            }
        }
        throw c.error(at, "the @" + type + " that starts here is never closed; add the missing '" + close + "'");
    }

    /** Blames a field whose braced value ran on over the next fields, the usual cause of a missing '}'. */
    private ListingException missingClose(Entry entry, ListingException fallback) {
        for (Field f : entry.fields.values()) {
            if (SWALLOWED_FIELD.matcher(f.value).find()) {
                return new ListingException(file, f.line, "the value of the field '" + f.name + "' in "
                        + entry.label() + " is not closed where it should be and runs on over the next fields;"
                        + " add the missing '}'");
            }
        }
        return fallback;
    }
}
