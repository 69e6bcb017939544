package io.papershelf.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A listing file as read: its name, the date it was saved (the listing's own date), the shape it was
 * read as, its papers, and what was passed over with a reason; a Papershelf backup also names its highlight
 * colours ({@code highlightColors}, empty otherwise).
 */
public record Listing(String fileName, LocalDate listingDate, String format, List<ListingEntry> entries,
                      List<String> skipped, List<String> highlightColors) {
    public Listing {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
        highlightColors = List.copyOf(highlightColors == null ? List.of() : highlightColors);
    }

    /** A listing page's file (no colour names). */
    public Listing(String fileName, LocalDate listingDate, String format, List<ListingEntry> entries,
                   List<String> skipped) {
        this(fileName, listingDate, format, entries, skipped, List.of());
    }
}
