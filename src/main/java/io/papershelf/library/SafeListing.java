package io.papershelf.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

/**
 * What a read listing may bring into the library, checked at the one door every import goes through:
 * links only when Papershelf may open them (http and https), repository links only when they really are
 * GitHub repositories (kept in their canonical form), and only titles that can be titles. Readers find
 * links themselves, but a Papershelf JSON backup is taken as written, and a hand-edited or hostile one
 * could otherwise label {@code javascript:} or {@code https://github.com.evil.example} as a repository.
 */
final class SafeListing {
    /** Longer than any real paper title; a card with a longer one is damaged and skipped with a report. */
    static final int MAX_TITLE_CHARS = 2000;

    private SafeListing() {
    }

    static Listing of(Listing listing) {
        List<ListingEntry> kept = new ArrayList<>(listing.entries().size());
        List<String> skipped = new ArrayList<>(listing.skipped());
        int index = 0;
        boolean unchanged = true;
        for (ListingEntry e : listing.entries()) {
            index++;
            if (e.title().length() > MAX_TITLE_CHARS) {
                skipped.add((e.line() > 0 ? "line " + e.line() : "entry " + index) + ": a title of "
                        + e.title().length() + " characters is too long to be a paper title");
                unchanged = false;
                continue;
            }
            ListingEntry cleaned = clean(e);
            unchanged &= cleaned == e; // clean returns the entry itself when it keeps everything
            kept.add(cleaned);
        }
        return unchanged ? listing
                : new Listing(listing.fileName(), listing.listingDate(), listing.format(), kept, skipped);
    }

    static ListingEntry clean(ListingEntry e) {
        List<String> links = openable(e.links());
        List<String> repos = LinkPolicy.repositories(e.githubUrls());
        String page = e.projectPage() != null && LinkPolicy.mayOpen(e.projectPage()) ? e.projectPage() : null;
        if (links.equals(e.links()) && repos.equals(e.githubUrls()) && java.util.Objects.equals(page, e.projectPage())) {
            return e;
        }
        return e.toBuilder().links(links).githubUrls(repos).projectPage(page).build();
    }

    /** The links Papershelf may open, each once, in their order (a loop: an import asks this for every paper). */
    private static List<String> openable(List<String> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String link : links) {
            if (LinkPolicy.mayOpen(link)) {
                kept.add(link);
            }
        }
        return List.copyOf(kept);
    }
}
