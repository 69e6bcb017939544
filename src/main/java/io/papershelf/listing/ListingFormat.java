package io.papershelf.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.papershelf.model.Listing;

/**
 * Recognises a listing file's shape by its content and reads it with the matching reader. The readers
 * are asked most specific first.
 */
public final class ListingFormat {
    private final List<ListingReader> readers;

    public ListingFormat(List<ListingReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Every shape Papershelf reads, most specific first: plain text would take almost any copy. */
    public static ListingFormat standard() {
        return new ListingFormat(List.of(
                new HuggingFaceHtmlListing(),
                new HuggingFaceApiJsonListing(),
                new HuggingFaceMarkdownListing(),
                new HuggingFaceLinksTextListing(),
                new ArxivAtomListing(),
                new BibtexListing(),
                new ArxivTextListing(),
                new HuggingFaceTextListing()));
    }

    /**
     * The reader for this text.
     *
     * @throws ListingException naming the shapes tried when none fits
     */
    public ListingReader detect(ListingText text) throws ListingException {
        for (ListingReader r : readers) {
            if (r.accepts(text)) {
                return r;
            }
        }
        throw new ListingException(text.fileName(), 0, "this is not a listing of any shape Papershelf reads (tried "
                + readers.stream().map(ListingReader::name).collect(Collectors.joining(", ")) + ")");
    }

    /** Decodes, detects and reads a file's bytes. */
    public Listing read(String fileName, byte[] bytes, LocalDate fallbackDate) throws ListingException {
        ListingText text = ListingText.decode(fileName, bytes);
        return detect(text).read(text, fallbackDate);
    }

    public List<ListingReader> readers() {
        return readers;
    }
}
