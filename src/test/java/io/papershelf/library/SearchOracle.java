package io.papershelf.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.papershelf.model.Paper;

/**
 * What a search should find, worked out in Java without SQLite: the typed words (runs of letters and digits,
 * at most 32, from the first 1,000 characters), each matching the start of a word of a paper's title,
 * abstract, organisation, notes or tags, and a word of one ASCII letter or digit matching only itself. The
 * papers' words are folded as the index folds them (lower case, accents removed). Only queries of plain ASCII
 * words are answered: for other scripts the index's tokenizer and Java's notion of a letter may differ.
 */
final class SearchOracle {
    private final Map<Long, List<String>> words = new HashMap<>();

    SearchOracle(List<Paper> papers) {
        for (Paper p : papers) {
            String text = String.join(" ", p.title(), p.abstractText(),
                    p.organization() == null ? "" : p.organization().name() + " " + p.organization().handle(),
                    p.notes(), String.join("\n", p.tags()));
            words.put(p.id(), tokens(text));
        }
    }

    /** The ids that match, or empty when the query has words this oracle does not answer for. */
    Optional<TreeSet<Long>> matches(String typed) {
        List<String> terms = terms(typed);
        if (terms.stream().anyMatch(t -> !t.matches("[a-z0-9]+"))) {
            return Optional.empty();
        }
        TreeSet<Long> out = new TreeSet<>();
        words.forEach((id, ws) -> {
            if (terms.stream().allMatch(t -> ws.stream().anyMatch(w -> t.length() == 1 ? w.equals(t) : w.startsWith(t)))) {
                out.add(id);
            }
        });
        return Optional.of(out);
    }

    static List<String> terms(String typed) {
        String s = typed.length() > 1000 ? typed.substring(0, 1000) : typed;
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out.size() > 32 ? out.subList(0, 32) : out;
    }

    private static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}\\p{Co}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
