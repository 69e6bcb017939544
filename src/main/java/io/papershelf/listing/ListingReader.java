package io.papershelf.listing;

import java.time.LocalDate;

import io.papershelf.model.Listing;

/**
 * Reads one shape of saved listing file. Readers are asked in turn whether a text is theirs; the first
 * that says yes reads it.
 */
public interface ListingReader {

    /** A short name for messages and the listing's record: "Hugging Face text", "BibTeX"... */
    String name();

    /** Whether the text looks like this shape, judged by its content, never by the file name. */
    boolean accepts(ListingText text);

    /**
     * Reads the papers.
     *
     * @param fallbackDate the listing's date when the file shows no full date of its own
     *                     (the {@code --listing-date} option, else the file's modification date)
     * @throws ListingException when the text is of this shape but damaged beyond reading
     */
    Listing read(ListingText text, LocalDate fallbackDate) throws ListingException;
}
