package io.papershelf.library;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.papershelf.listing.ListingException;
import io.papershelf.listing.ListingFormat;
import io.papershelf.model.ImportResult;
import io.papershelf.model.Listing;
import io.papershelf.storage.HighlightRepository;
import io.papershelf.storage.ListingRepository;
import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.SearchIndex;
import io.papershelf.storage.TagRepository;

/** The library's import: files are read whole first, then written in one transaction ({@link ListingImport}). */
final class LibraryImports {
    private final Transactions tx;
    private final Clock clock;
    private final ListingFormat formats;
    private final PaperRepository papers;
    private final TagRepository tags;
    private final ListingRepository listings;
    private final SearchIndex search;
    private final HighlightRepository highlights;

    LibraryImports(Transactions tx, Clock clock, ListingFormat formats, PaperRepository papers, TagRepository tags,
                   ListingRepository listings, SearchIndex search, HighlightRepository highlights) {
        this.tx = tx;
        this.clock = clock;
        this.formats = formats;
        this.papers = papers;
        this.tags = tags;
        this.listings = listings;
        this.search = search;
        this.highlights = highlights;
    }

    Listing read(Path file, LocalDate listingDate) throws ListingException {
        return ListingFile.read(file, listingDate, formats, clock);
    }

    List<ImportResult> importFiles(List<Path> files, LocalDate listingDate) throws ListingException, LibraryException {
        List<Listing> read = new ArrayList<>();
        for (Path f : files) {
            read.add(read(f, listingDate));
        }
        return importListings(read);
    }

    ImportOutcome importFile(Path file, LocalDate listingDate) throws LibraryException {
        Listing listing;
        try {
            listing = read(file, listingDate);
        } catch (ListingException e) {
            return new ImportOutcome(file, null, e.getMessage());
        }
        return new ImportOutcome(file, importListings(List.of(listing)).get(0), null);
    }

    ImportOutcome importPasted(String html, String text) throws LibraryException {
        Optional<Listing> listing;
        try {
            listing = PastedListing.read(html, text, formats, clock);
        } catch (ListingException e) {
            return new ImportOutcome(null, null, e.getMessage());
        }
        if (listing.isEmpty()) {
            return new ImportOutcome(null, null, "The clipboard holds no listing: copy a whole listing page "
                    + "(Ctrl+A, then Ctrl+C in the browser) and paste again.");
        }
        return new ImportOutcome(null, importListings(List.of(listing.get())).get(0), null);
    }

    ImportResult importSample() throws ListingException, LibraryException {
        return importListings(List.of(SampleListing.read(formats))).get(0);
    }

    /** Removes an imported listing; its papers no other listing brought go to the Trash. */
    List<Long> removeListing(long listingId) throws LibraryException {
        Instant now = clock.instant();
        return tx.write("remove the listing", () -> {
            List<Long> only = listings.papersOnlyIn(listingId);
            papers.setTrashed(only, now);
            listings.delete(listingId);
            return only;
        });
    }

    List<ImportResult> importListings(List<Listing> read) throws LibraryException {
        Instant now = clock.instant();
        return tx.writeBulk("import", () -> {
            ListingImport imp = new ListingImport(papers, tags, listings, search, highlights, now);
            List<ImportResult> results = new ArrayList<>();
            for (Listing l : read) {
                results.add(imp.write(l));
            }
            imp.finish();
            return results;
        });
    }
}
