package io.papershelf.library;

import java.util.HashSet;
import java.util.Set;

import io.papershelf.model.Doi;
import io.papershelf.model.ListingEntry;

/**
 * What an import into a library that held no paper has written so far: the arXiv ids, DOIs and title keys of its
 * papers. A card can only be one of those, so {@link ListingImport} asks the database only when its id or key is
 * here; a first import of 10,000 papers then makes no look-up at all instead of one or more per card (each a
 * statement run through the driver, slow in a fresh JVM). In a library that held papers every look-up is made.
 */
final class NewPapers {
    private final boolean libraryWasEmpty;
    private final Set<String> arxivIds = new HashSet<>();
    private final Set<String> dois = new HashSet<>();
    private final Set<String> titleKeys = new HashSet<>();

    NewPapers(boolean libraryWasEmpty) {
        this.libraryWasEmpty = libraryWasEmpty;
    }

    /** Records a paper this import wrote (inserted, or merged into with what the card brought). */
    void wrote(ListingEntry e, String titleKey) {
        if (!libraryWasEmpty) {
            return;
        }
        if (e.arxivId() != null) {
            arxivIds.add(e.arxivId());
        }
        String doi = Doi.key(e.bibliographic().doi());
        if (doi != null) {
            dois.add(doi);
        }
        titleKeys.add(titleKey);
    }

    boolean mayHoldArxiv(String arxivId) {
        return !libraryWasEmpty || arxivIds.contains(arxivId);
    }

    boolean mayHoldDoi(String doi) {
        String key = Doi.key(doi);
        return !libraryWasEmpty || (key != null && dois.contains(key));
    }

    boolean mayHoldTitle(String titleKey) {
        return !libraryWasEmpty || titleKeys.contains(titleKey);
    }
}
