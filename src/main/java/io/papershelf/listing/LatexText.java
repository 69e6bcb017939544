package io.papershelf.listing;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns the LaTeX of a BibTeX value into the plain text a person reads: accents ({@code {\"o}},
 * {@code \'e}, {@code \v{c}}) become letters, escaped specials ({@code \&}, {@code \%}, {@code \_}) their
 * characters, {@code --} and {@code ---} dashes, {@code ~} a space, and braces, which only protect case
 * or group, disappear. Text commands such as {@code \emph{x}} leave their argument, <code>&#92;url{x}</code> its
 * address untouched. Math ({@code $...$}) is kept as written, since there is no plain text for it.
 */
final class LatexText {
    /** Accent commands and the combining mark each adds to the letter after it. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("\"", '\u0308'), Map.entry("'", '\u0301'), Map.entry("`", '\u0300'),
            Map.entry("^", '\u0302'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'),
            Map.entry("H", '\u030B'), Map.entry("c", '\u0327'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'));
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("j", "ȷ"), Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"),
            Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textquotedbl", "\""),
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"),
            Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"), Map.entry(" ", " "),
            Map.entry("\\", " "), Map.entry(",", " "), Map.entry("-", ""), Map.entry("/", ""));

    private LatexText() {
    }

    /** The plain text of a LaTeX value; whitespace is left as it is for the caller to fold. */
    static String decode(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        int i = 0;
        while (i < latex.length()) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i = command(latex, i, out);
            } else if (c == '$') {
                int end = latex.indexOf('$', i + 1);
                end = end < 0 ? i : end;
                out.append(latex, i, end + 1); // math stays as written
                i = end + 1;
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (latex.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (latex.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Decodes the command at {@code i} (a backslash) into out; returns the index after it. */
    private static int command(String s, int i, StringBuilder out) {
        int j = i + 1;
        if (j >= s.length()) {
            return j;
        }
        boolean word = Character.isLetter(s.charAt(j));
        if (word) {
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
        } else {
            j++;
        }
        String name = s.substring(i + 1, j);
        int next = word ? skipSpaces(s, j) : j;
        Character accent = ACCENTS.get(name);
        if (accent != null && next < s.length()) {
            return accented(s, next, accent, out);
        }
        if (SYMBOLS.containsKey(name)) {
            out.append(SYMBOLS.get(name));
            return next;
        }
        if (!word) {
            out.append(name);
            return j;
        }
        boolean hasArgument = next < s.length() && s.charAt(next) == '{';
        if (hasArgument && (name.equals("url") || name.equals("href"))) {
            int end = groupEnd(s, next);
            String address = s.substring(next + 1, Math.max(next + 1, end));
            int after = skipSpaces(s, end + 1);
            if (name.equals("href") && after < s.length() && s.charAt(after) == '{') {
                int textEnd = groupEnd(s, after);
                out.append(decode(s.substring(after + 1, Math.max(after + 1, textEnd)))).append(" (");
                out.append(address).append(')');
                return textEnd + 1;
            }
            out.append(address);
            return end + 1;
        }
        // \emph{x}, \textbf{x}: the braces that follow are stripped by the main loop, leaving x.
        // A command without an argument (\LaTeX, \LaTeX{}) is best shown by its name.
        if (!hasArgument || s.startsWith("{}", next)) {
            out.append(name);
            return hasArgument ? next + 2 : j;
        }
        return next;
    }

    /** The accent's argument ({@code o}, {@code {o}}, {@code \i}) with the combining mark after its first letter. */
    private static int accented(String s, int k, char accent, StringBuilder out) {
        StringBuilder arg = new StringBuilder();
        int end;
        if (s.charAt(k) == '{') {
            int close = groupEnd(s, k);
            arg.append(decode(s.substring(k + 1, Math.max(k + 1, close))));
            end = close + 1;
        } else if (s.charAt(k) == '}') {
            end = k; // an accent with nothing to sit on, as in {\"}
        } else if (s.charAt(k) == '\\') {
            end = command(s, k, arg);
        } else {
            arg.append(s.charAt(k));
            end = k + 1;
        }
        if (arg.length() > 0) {
            char base = arg.charAt(0);
            base = base == 'ı' ? 'i' : base == 'ȷ' ? 'j' : base; // \'{\i} means í
            out.append(base).append(accent).append(arg, 1, arg.length());
        }
        return end;
    }

    /** The index of the brace closing the one at {@code open}, or the text's length when there is none. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }
}
