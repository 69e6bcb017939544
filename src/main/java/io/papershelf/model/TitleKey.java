package io.papershelf.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a title two cards are compared by when they have no arXiv id: case, accents, whitespace
 * and punctuation folded, so "How Many Heads Make an SSM?" and "how many heads make an ssm" match.
 */
public final class TitleKey {
    private TitleKey() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        // Plain ASCII, most titles, is its own decomposition: the normaliser (slow in a cold JVM) is not needed.
        String s = (isAscii(title) ? title : Normalizer.normalize(title, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
