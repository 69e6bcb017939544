package io.papershelf.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.papershelf.model.Paper;
import io.papershelf.model.TitleKey;

/**
 * Citation keys in the Google Scholar style, {@code lin2026other}: the first author's last name (else the
 * organisation's first word, else {@code anon}), the year, and the title's first significant word, in
 * lower-case ASCII. Papers that share a key are ordered by arXiv id, then title, and all but the first
 * get {@code a}, {@code b}... appended, so the same library exports the same keys every time, whatever
 * order the papers come in. A key only changes when a paper that shares it is added or removed.
 */
public final class CitationKeys {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and",
            "or", "with", "from", "at", "by", "as", "is", "are", "be", "do", "does", "how", "what", "why", "when",
            "where", "which", "who", "towards", "toward", "via", "into", "can", "we", "our", "your", "its", "it",
            "this", "that", "not", "no");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Map<String, String> UNDECOMPOSED = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o",
            "ł", "l", "đ", "d", "þ", "th", "ð", "d", "ı", "i");
    /** Same key: known arXiv ids first in id order, then by title, then the rest as tie-breakers. */
    private static final Comparator<Paper> ORDER = Comparator
            .comparing((Paper p) -> p.arxivId() == null || p.arxivId().isBlank() ? "\uffff" : p.arxivId())
            .thenComparing(p -> TitleKey.of(p.title()))
            .thenComparing(Paper::title)
            .thenComparing(p -> String.join(";", p.authors()))
            .thenComparingLong(Paper::id);

    private CitationKeys() {
    }

    /** One key per paper, in the order of the list, all distinct. */
    public static List<String> assign(List<Paper> papers) {
        List<String> keys = new ArrayList<>();
        Map<String, List<Integer>> byBase = new TreeMap<>();
        for (int i = 0; i < papers.size(); i++) {
            String base = base(papers.get(i));
            keys.add(base);
            byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(i);
        }
        Set<String> used = new HashSet<>(byBase.keySet());
        for (List<Integer> group : byBase.values()) {
            group.sort(Comparator.comparing(papers::get, ORDER));
            int suffix = 0;
            for (int n = 1; n < group.size(); n++) {
                String key;
                do {
                    key = keys.get(group.get(0)) + letters(suffix++);
                } while (!used.add(key));
                keys.set(group.get(n), key);
            }
        }
        return keys;
    }

    /** The key before any suffix. */
    static String base(Paper p) {
        String who = p.authors().isEmpty() ? "" : lastName(p.authors().get(0));
        if (who.isEmpty() && p.organization() != null) {
            who = firstWord(p.organization().name());
        }
        String year = PaperLinks.date(p).map(d -> String.valueOf(d.year())).orElse("");
        return (who.isEmpty() ? "anon" : who) + year + firstWord(p.title());
    }

    /** "Ashish Vaswani" gives vaswani, "Vaswani, Ashish" too; "Jr." and the like are passed over. */
    private static String lastName(String name) {
        String n = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
        String[] words = n.trim().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = ascii(words[i]);
            if (!w.isEmpty() && !NAME_SUFFIXES.contains(w)) {
                return w;
            }
        }
        return "";
    }

    private static String firstWord(String text) {
        for (String word : ascii(text, true).split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                return word;
            }
        }
        return "";
    }

    private static String ascii(String s) {
        return ascii(s, false).replace(" ", "");
    }

    /** Lower-case ASCII letters and digits; other characters become spaces when words are to be kept. */
    private static String ascii(String s, boolean keepWords) {
        String folded = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            String c = folded.substring(i, i + 1);
            String mapped = UNDECOMPOSED.getOrDefault(c, c);
            char ch = mapped.charAt(0);
            if (mapped.length() > 1 || (ch < 128 && Character.isLetterOrDigit(ch))) {
                out.append(mapped);
            } else if (keepWords && Character.getType(ch) != Character.NON_SPACING_MARK) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** 0 → a, 25 → z, 26 → aa: enough letters for any number of papers sharing a key. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int k = n;
        do {
            s.insert(0, (char) ('a' + k % 26));
            k = k / 26 - 1;
        } while (k >= 0);
        return s.toString();
    }
}
