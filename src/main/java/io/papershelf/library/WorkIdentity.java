package io.papershelf.library;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.papershelf.model.Doi;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;

/**
 * Whether a card and a stored paper that share a normalised title are the same work (decision 0002). The
 * arXiv id and the DOI have decided before this is asked; here the title alone is not enough:
 * <ul>
 *   <li>two different arXiv ids, or two different DOIs (arXiv's own DOIs aside), are two works;</li>
 *   <li>years more than one apart are two works (a conference paper and its journal version a year later
 *       are one only when an id says so);</li>
 *   <li>authors separate them only when both list names and share no family name: a card that shows only
 *       "3 authors" is the same paper as its HTML copy with the names.</li>
 * </ul>
 */
final class WorkIdentity {
    private WorkIdentity() {
    }

    static boolean sameWork(Paper stored, ListingEntry card) {
        if (stored.arxivId() != null && card.arxivId() != null && !stored.arxivId().equals(card.arxivId())) {
            return false;
        }
        String a = publicationDoi(stored.bibliographic().doi());
        String b = publicationDoi(card.bibliographic().doi());
        if (a != null && b != null && !a.equals(b)) {
            return false;
        }
        if (stored.published() != null && card.published() != null
                && Math.abs(stored.published().year() - card.published().year()) > 1) {
            return false;
        }
        return !disjointAuthors(stored.authors(), card.authors());
    }

    /** A DOI key, or null for none and for arXiv's own DOIs (which name the preprint, not the publication). */
    private static String publicationDoi(String doi) {
        return doi == null || Doi.isArxiv(doi) ? null : Doi.key(doi);
    }

    /** Both list names and no family name is in both. */
    static boolean disjointAuthors(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> families = new HashSet<>();
        a.stream().map(WorkIdentity::family).filter(Objects::nonNull).forEach(families::add);
        return b.stream().map(WorkIdentity::family).filter(Objects::nonNull).noneMatch(families::contains);
    }

    /**
     * The family name, folded: the part before a comma ("Vaswani, Ashish"), else the last word ("Ashish
     * Vaswani"); a name in a script without spaces (林秀贞) is compared whole.
     */
    static String family(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        String part = comma >= 0 ? n.substring(0, comma) : n.substring(n.lastIndexOf(' ') + 1);
        String folded = Normalizer.normalize(part, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return folded.isEmpty() ? null : folded;
    }
}
