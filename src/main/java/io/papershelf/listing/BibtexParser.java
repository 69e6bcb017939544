package io.papershelf.listing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
    private final String s;
    private final int[] lineStarts;
    private final Map<String, String> macros = new HashMap<>();
    private int pos;

    private BibtexParser(String file, String text) {
        this.file = file;
        this.s = text;
        this.lineStarts = lineStarts(text);
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
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '%') {
                skipToLineEnd();
            } else if (c == '}') {
                throw error(pos, "a '}' stands outside any entry" + (last == null ? ""
                        : "; the entry " + last.label() + " on line " + last.line + " probably has one '}' too many"));
            } else if (c == '@') {
                int at = pos++;
                skipSpace();
                String type = identifier().toLowerCase(Locale.ROOT);
                skipSpace();
                if (type.isEmpty() || pos >= s.length() || (peek() != '{' && peek() != '(')) {
                    continue; // an '@' in the free text between entries, such as an e-mail address
                }
                char close = peek() == '{' ? '}' : ')';
                pos++;
                switch (type) {
                    case "comment", "preamble" -> skipGroup(at, type, close);
                    case "string" -> macro(at, close);
                    default -> {
                        last = entry(type, at, close);
                        out.add(last);
                    }
                }
            } else {
                pos++;
            }
        }
        return out;
    }

    private Entry entry(String type, int at, char close) throws ListingException {
        skipSpace();
        int keyStart = pos;
        while (pos < s.length() && ",{}()=\"#@".indexOf(peek()) < 0 && !Character.isWhitespace(peek())) {
            pos++;
        }
        Entry entry = new Entry(type, s.substring(keyStart, pos), new LinkedHashMap<>(), line(at));
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                throw missingClose(entry, error(at, "the entry " + entry.label() + " is never closed; add the missing '"
                        + close + "' at its end"));
            }
            if (peek() == close) {
                pos++;
                checkRestOfLine(entry);
                return entry;
            }
            if (peek() != ',') {
                String found = peek() == '@' ? "the next entry starts" : "'" + peek() + "' follows";
                throw missingClose(entry, error(pos, "the entry " + entry.label() + " (line " + entry.line
                        + ") needs ',' between fields or '" + close + "' at its end, but " + found));
            }
            pos++;
            skipSpace();
            if (pos < s.length() && peek() == close) {
                continue; // a trailing comma after the last field, as JabRef and Zotero write
            }
            int nameAt = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw error(nameAt, "a field name was expected in " + entry.label() + " but "
                        + (pos < s.length() ? "'" + peek() + "'" : "the end of the file") + " was found");
            }
            skipSpace();
            if (pos >= s.length() || peek() != '=') {
                throw error(pos, "the field '" + name + "' in " + entry.label() + " has no '=' after its name");
            }
            pos++;
            skipSpace();
            entry.fields.putIfAbsent(name, new Field(name, value(entry, name), line(nameAt)));
        }
    }

    /** Parts joined with '#': braced or quoted text, numbers, macro names. */
    private String value(Entry entry, String field) throws ListingException {
        StringBuilder out = new StringBuilder();
        while (true) {
            int start = pos;
            char c = pos < s.length() ? peek() : '\0';
            if (c == '{' || c == '"') {
                pos++;
                out.append(delimited(start, c == '{' ? '}' : '"', field));
            } else if (Character.isDigit(c)) {
                while (pos < s.length() && Character.isDigit(peek())) {
                    pos++;
                }
                out.append(s, start, pos);
            } else {
                String name = identifier();
                if (name.isEmpty()) {
                    throw error(start, "the field '" + field + "' in " + entry.label() + " has no value");
                }
                out.append(macros.getOrDefault(name.toLowerCase(Locale.ROOT), name));
            }
            skipSpace();
            if (pos >= s.length() || peek() != '#') {
                return out.toString();
            }
            pos++;
            skipSpace();
        }
    }

    /** Text up to the matching close; pos is just after the opening delimiter at {@code open}. */
    private String delimited(int open, char close, String field) throws ListingException {
        int depth = 0;
        int start = pos;
        for (; pos < s.length(); pos++) {
            char c = peek();
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == close && depth == 0 && !(close == '"' && s.charAt(pos - 1) == '\\')) {
                return s.substring(start, pos++);
            } else if (c == '}') {
                throw error(pos, "a '}' in the quoted field '" + field + "' closes no '{'");
            }
        }
        throw error(open, "the '" + s.charAt(open) + "' that opens the field '" + field
                + "' is never closed; add the missing '" + close + "'");
    }

    private void macro(int at, char close) throws ListingException {
        skipSpace();
        String name = identifier().toLowerCase(Locale.ROOT);
        skipSpace();
        if (name.isEmpty() || pos >= s.length() || peek() != '=') {
            throw error(at, "the @string definition needs the form @string{name = {value}}");
        }
        pos++;
        skipSpace();
        String value = value(new Entry("string", name, Map.of(), line(at)), name);
        skipSpace();
        if (pos >= s.length() || peek() != close) {
            throw error(at, "the @string definition of '" + name + "' is not closed with '" + close + "'");
        }
        pos++;
        macros.put(name, value);
    }

    private void skipGroup(int at, String type, char close) throws ListingException {
        char open = close == '}' ? '{' : '(';
        for (int depth = 1; pos < s.length(); pos++) {
            if (peek() == open) {
                depth++;
            } else if (peek() == close && --depth == 0) {
                pos++;
                return;
            }
        }
        throw error(at, "the @" + type + " that starts here is never closed; add the missing '" + close + "'");
    }

    /** Text after an entry's close on the same line, starting with ',', means the close came too early. */
    private void checkRestOfLine(Entry entry) throws ListingException {
        int p = pos;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        if (p < s.length() && s.charAt(p) == ',') {
            throw error(p, "the entry " + entry.label() + " (line " + entry.line
                    + ") is closed before this ',': this line has one '}' too many");
        }
    }

    /** Blames a field whose braced value ran on over the next fields, the usual cause of a missing '}'. */
    private ListingException missingClose(Entry entry, ListingException fallback) {
        for (Field f : entry.fields.values()) {
            Matcher m = SWALLOWED_FIELD.matcher(f.value);
            if (m.find()) {
                return new ListingException(file, f.line, "the value of the field '" + f.name + "' in "
                        + entry.label() + " is not closed where it should be and runs on over the next fields;"
                        + " add the missing '}'");
            }
        }
        return fallback;
    }

    private String identifier() {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(peek()) || "_-:.+/".indexOf(peek()) >= 0)) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private char peek() {
        return s.charAt(pos);
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private void skipToLineEnd() {
        while (pos < s.length() && peek() != '\n') {
            pos++;
        }
    }

    private ListingException error(int at, String problem) {
        return new ListingException(file, line(at), problem);
    }

    private int line(int at) {
        int i = Arrays.binarySearch(lineStarts, at);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
