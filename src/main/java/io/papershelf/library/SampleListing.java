package io.papershelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import io.papershelf.listing.ListingException;
import io.papershelf.listing.ListingFormat;
import io.papershelf.listing.ListingText;
import io.papershelf.model.Listing;

/**
 * The 50-paper listing bundled for a first run: a Hugging Face Daily Papers search page copied as text on
 * 20 May 2026. It is imported under a name of its own, {@link #NAME}, by which the sidebar marks it as
 * the sample and offers to remove it.
 */
public final class SampleListing {
    /** The sample's listing name, in place of a file name. */
    public static final String NAME = "Sample listing (Hugging Face Daily Papers)";
    private static final String RESOURCE = "sample-listing.txt";
    /** The day the page was saved: its "May 20" has no year. */
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 20);

    private SampleListing() {
    }

    public static boolean isSample(String listingName) {
        return NAME.equals(listingName);
    }

    static Listing read(ListingFormat formats) throws ListingException {
        try (InputStream in = SampleListing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ListingException(NAME, 0, "is missing from this build of Papershelf");
            }
            return ListingFile.read(ListingText.decode(NAME, in.readAllBytes()), SAVED, formats);
        } catch (IOException e) {
            throw new ListingException(NAME, 0, "cannot be read from this build of Papershelf (" + e.getMessage() + ")", e);
        }
    }
}
