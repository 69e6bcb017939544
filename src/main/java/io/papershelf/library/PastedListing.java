package io.papershelf.library;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.papershelf.export.LibraryJson;
import io.papershelf.listing.HuggingFaceHtmlListing;
import io.papershelf.listing.ListingException;
import io.papershelf.listing.ListingFormat;
import io.papershelf.listing.ListingText;
import io.papershelf.model.Listing;

/**
 * A listing pasted from the clipboard (the page copied with Ctrl+A, Ctrl+C in the browser): read as a
 * file's text would be, and named {@code Pasted 2026-12-01 21:30}, which stands for its file name
 * everywhere. The HTML the clipboard may hold is taken only when it carries a Hugging Face page's card
 * data; otherwise the plain text is read (HTML markup read as plain text would make papers of tags).
 */
final class PastedListing {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'Pasted' yyyy-MM-dd HH:mm");

    private PastedListing() {
    }

    /** The name a paste made now is recorded under. */
    static String name(Clock clock) {
        return LocalDateTime.now(clock).format(NAME);
    }

    /**
     * Reads the clipboard's HTML or text.
     *
     * @return the listing, or empty when neither holds a listing of any shape Papershelf reads
     * @throws ListingException when the text is a listing that cannot be read (naming the paste and line)
     */
    static Optional<Listing> read(String html, String text, ListingFormat formats, Clock clock)
            throws ListingException {
        String name = name(clock);
        LocalDate today = LocalDate.now(clock);
        if (html != null && !html.isBlank()) {
            ListingText page = ListingText.of(name, html);
            if (new HuggingFaceHtmlListing().accepts(page)) {
                return Optional.of(ListingFile.read(page, today, formats));
            }
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ListingText plain = ListingText.of(name, text);
        boolean known = LibraryJson.accepts(plain.text()) || formats.readers().stream().anyMatch(r -> r.accepts(plain));
        return known ? Optional.of(ListingFile.read(plain, today, formats)) : Optional.empty();
    }
}
