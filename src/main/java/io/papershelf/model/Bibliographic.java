package io.papershelf.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where and as what a paper was published, as a reference manager records it: the DOI (without
 * {@code https://doi.org/}), the BibTeX entry type ({@code article}, {@code inproceedings}...), the venue
 * (journal or book title), volume, issue, pages and publisher. Any of them may be null; blank text is null.
 */
public record Bibliographic(String doi, String entryType, String venue, String volume, String issue, String pages,
                            String publisher) {
    public static final Bibliographic NONE = new Bibliographic(null, null, null, null, null, null, null);
    /** Venues that name a preprint server rather than a publication. */
    private static final Pattern PREPRINT_VENUE = Pattern.compile(
            "(?i).*\\b(arxiv|corr|preprint|biorxiv|medrxiv|ssrn|openreview)\\b.*");

    public Bibliographic {
        doi = Doi.normalise(doi);
        entryType = blankToNull(entryType) == null ? null : entryType.strip().toLowerCase(Locale.ROOT);
        venue = blankToNull(venue);
        volume = blankToNull(volume);
        issue = blankToNull(issue);
        pages = blankToNull(pages);
        publisher = blankToNull(publisher);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether a published venue is known: a journal or book title that is not a preprint server. */
    public boolean hasPublishedVenue() {
        return venue != null && !PREPRINT_VENUE.matcher(venue).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
