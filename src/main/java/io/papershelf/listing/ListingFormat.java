package io.papershelf.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
     * The reader for this text: the first, in order, that accepts it. Each reader's test may read the whole text (tens
     * of ms for a listing of 10,000 papers), so the later readers are asked on a second thread meanwhile; the answer
     * and any failure are those of asking them one after the other.
     *
     * @throws ListingException naming the shapes tried when none fits
     */
    public ListingReader detect(ListingText text) throws ListingException {
        int half = readers.size() / 2;
        FutureTask<Integer> later = new FutureTask<>(() -> firstAccepting(text, half, readers.size()));
        Thread asking = new Thread(later, "papershelf-detect");
        asking.setDaemon(true);
        asking.start();
        int found;
        try {
            found = firstAccepting(text, 0, half);
            if (found < 0) {
                found = later.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ListingException(text.fileName(), 0, "reading was interrupted");
        } finally {
            later.cancel(false);
        }
        if (found >= 0) {
            return readers.get(found);
        }
        throw new ListingException(text.fileName(), 0, "this is not a listing of any shape Papershelf reads (tried "
                + readers.stream().map(ListingReader::name).collect(Collectors.joining(", ")) + ")");
    }

    private int firstAccepting(ListingText text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (readers.get(i).accepts(text)) {
                return i;
            }
        }
        return -1;
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
