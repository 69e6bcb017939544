package io.papershelf.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a BibTeX {@code author} field, as the library shows them ("First Last"). Names are
 * separated by the word {@code and} outside braces; "Last, First" and "Last, Jr, First" are turned
 * round, except in CJK scripts, where "林, 秀贞" keeps its order and takes no space (林秀贞); a name wholly in braces ({@code {Google DeepMind}}) is an organisation and kept as it is;
 * {@code and others} (a cut-short list) adds no name.
 */
final class BibtexNames {
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private BibtexNames() {
    }

    static List<String> parse(String raw) {
        List<String> names = new ArrayList<>();
        for (String part : splitOutsideBraces(raw.trim(), AND)) {
            String name = name(part.trim());
            if (!name.isEmpty() && !name.equals("others")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String name(String written) {
        if (written.startsWith("{") && closingBrace(written) == written.length() - 1) {
            return fold(LatexText.decode(written.substring(1, written.length() - 1)));
        }
        List<String> parts = splitOutsideBraces(written, Pattern.compile("\\s*,\\s*"));
        List<String> decoded = new ArrayList<>();
        for (String p : parts) {
            decoded.add(fold(LatexText.decode(p)));
        }
        return switch (decoded.size()) {
            case 1 -> decoded.get(0);
            case 2 -> closedUp(decoded.get(0)) && closedUp(decoded.get(1)) ? decoded.get(0) + decoded.get(1)
                    : fold(decoded.get(1) + " " + decoded.get(0));
            default -> fold(decoded.get(2) + " " + decoded.get(0) + " " + decoded.get(1));
        };
    }

    /**
     * Whether a name part is written in a script that puts family and given name together without a space
     * (Han, Hiragana, Katakana, Hangul): {@code 林, 秀贞} is 林秀贞, not "秀贞 林".
     */
    static boolean closedUp(String part) {
        if (part.isEmpty()) {
            return false;
        }
        return part.codePoints().allMatch(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
        });
    }

    /** Splits where the separator matches at brace depth 0; braces protect "Barnes and Noble". */
    static List<String> splitOutsideBraces(String s, Pattern separator) {
        List<String> parts = new ArrayList<>();
        Matcher m = separator.matcher(s);
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && m.region(i, s.length()).lookingAt() && m.end() > i) {
                parts.add(s.substring(start, i));
                start = m.end();
                i = m.end();
                continue;
            }
            i++;
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static int closingBrace(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String fold(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
