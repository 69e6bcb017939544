package io.papershelf.listing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.papershelf.model.ListingEntry;
import io.papershelf.model.TitleKey;

/**
 * The cards already taken from one file, so that a paper listed twice (a page saved twice into one file,
 * or a paper on two of the page's lists) is imported once: the same arXiv id or the same title key is
 * the same paper.
 */
final class SeenCards {
    private final Set<String> arxivIds = new HashSet<>();
    private final Set<String> titleKeys = new HashSet<>();

    /**
     * Whether this card is new to the file. A repeat is noted in {@code skipped} with its line, so the
     * user can see why the count is lower than the cards they saw.
     */
    boolean firstTime(ListingEntry entry, List<String> skipped) {
        String key = TitleKey.of(entry.title());
        boolean repeat = (entry.arxivId() != null && arxivIds.contains(entry.arxivId())) || titleKeys.contains(key);
        if (entry.arxivId() != null) {
            arxivIds.add(entry.arxivId());
        }
        titleKeys.add(key);
        if (repeat) {
            skipped.add("line " + entry.line() + ": \u201c" + entry.title()
                    + "\u201d is listed a second time; the first card was kept");
        }
        return !repeat;
    }
}
