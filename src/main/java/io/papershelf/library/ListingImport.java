package io.papershelf.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.papershelf.export.LibraryJson;
import io.papershelf.model.Highlight;
import io.papershelf.model.ImportResult;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;
import io.papershelf.model.PersonalData;
import io.papershelf.model.SourceRef;
import io.papershelf.model.TitleKey;
import io.papershelf.storage.HighlightRepository;
import io.papershelf.storage.ListingRepository;
import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.SearchIndex;
import io.papershelf.storage.TagRepository;

/**
 * Writes read listings into the library inside the caller's transaction: finds each card's paper (by
 * arXiv id, else by DOI, else by normalised title where {@link WorkIdentity} says it is the same work), inserts new papers, merges known ones through
 * {@link MergePolicy}, records where each came from, and re-indexes what changed in one bulk step.
 * Personal fields (a backup's, or a reference manager's keywords) are written for new papers; only a
 * Papershelf backup also fills in notes and tags that a paper the library already has lacks.
 */
final class ListingImport {
    private final PaperRepository papers;
    private final TagRepository tags;
    private final ListingRepository listings;
    private final SearchIndex search;
    private final HighlightRepository highlights;
    private final Instant now;
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> inserted = new LinkedHashSet<>();
    private final NewPapers written;

    ListingImport(PaperRepository papers, TagRepository tags, ListingRepository listings, SearchIndex search,
                  HighlightRepository highlights, Instant now) throws SQLException {
        this.papers = papers;
        this.tags = tags;
        this.listings = listings;
        this.search = search;
        this.highlights = highlights;
        this.now = now;
        this.written = new NewPapers(!papers.hasAny());
    }

    ImportResult write(Listing listing) throws SQLException {
        // A backup is not a listing: its papers keep the sources it recorded instead.
        boolean backup = LibraryJson.SHAPE_NAME.equals(listing.format());
        if (backup) {
            adoptColorNames(listing.highlightColors());
        }
        Long listingId = backup ? null : listings.record(listing.fileName(), listing.listingDate(), listing.format(), now);
        // Each paper counts once per file: new when this file brought it (a second record of it, such as the
        // published version of a preprint, merges into it and is still one new paper), else updated when any
        // record changed a stored field, else unchanged.
        Set<Long> added = new LinkedHashSet<>();
        Map<Long, Boolean> known = new LinkedHashMap<>();
        // A paper stands where its first card in the file does (two records of one work merge into the first).
        Set<Long> linked = new HashSet<>();
        int position = 0;
        for (ListingEntry e : listing.entries()) {
            String key = TitleKey.of(e.title());
            Optional<Long> existing = find(e, key);
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                Paper current = papers.find(id).orElseThrow();
                ListingEntry merged = MergePolicy.merge(current, e);
                boolean personalChanged = backup && e.personal() != null && restoreMissingPersonal(id, current, e.personal());
                if (merged != null) {
                    String mergedKey = TitleKey.of(merged.title());
                    papers.updateListingFields(id, merged, mergedKey, now);
                    written.wrote(merged, mergedKey);
                }
                boolean changed = merged != null || personalChanged;
                if (changed) {
                    touched.add(id);
                }
                if (!added.contains(id)) {
                    known.merge(id, changed, Boolean::logicalOr);
                }
            } else {
                id = papers.insert(e, key, addedAt(e));
                written.wrote(e, key);
                if (e.personal() != null) {
                    restorePersonal(id, e.personal());
                }
                added.add(id);
                inserted.add(id);
            }
            if (listingId != null && linked.add(id)) {
                listings.link(id, listingId, position);
            }
            position++;
            if (backup && e.personal() != null) {
                restoreSources(id, e.personal());
            }
        }
        List<Long> written = new ArrayList<>(added);
        known.forEach((id, changed) -> {
            if (changed) {
                written.add(id);
            }
        });
        int updated = written.size() - added.size();
        return new ImportResult(listing.fileName(), listing.format(), added.size(), updated, known.size() - updated,
                listing.skipped(), written);
    }

    /**
     * The paper this card is: by arXiv id, else by DOI, else among the papers with the same title key the
     * first that {@link WorkIdentity} accepts as the same work.
     */
    private Optional<Long> find(ListingEntry e, String titleKey) throws SQLException {
        if (e.arxivId() != null && written.mayHoldArxiv(e.arxivId())) {
            Optional<Long> byArxiv = papers.idByArxiv(e.arxivId());
            if (byArxiv.isPresent()) {
                return byArxiv;
            }
        }
        if (e.bibliographic().doi() != null && written.mayHoldDoi(e.bibliographic().doi())) {
            Optional<Long> byDoi = papers.idByDoi(e.bibliographic().doi());
            if (byDoi.isPresent()) {
                return byDoi;
            }
        }
        if (!written.mayHoldTitle(titleKey)) {
            return Optional.empty();
        }
        for (Paper candidate : papers.byTitleKey(titleKey)) {
            if (WorkIdentity.sameWork(candidate, e)) {
                return Optional.of(candidate.id());
            }
        }
        return Optional.empty();
    }

    /** Indexes the new papers and re-indexes the changed ones; called once before commit. */
    void finish() throws SQLException {
        touched.removeAll(inserted); // added by one listing and merged by the next: new all the same
        search.index(inserted);
        search.reindex(new ArrayList<>(touched));
    }

    private Instant addedAt(ListingEntry e) {
        return e.personal() != null && e.personal().addedAt() != null ? e.personal().addedAt() : now;
    }

    private void restorePersonal(long id, PersonalData p) throws SQLException {
        if (p.read() || p.readAt() != null) {
            papers.restoreReadState(id, p.read(), p.readAt());
        }
        if (!p.notes().isEmpty()) {
            papers.setNotes(id, p.notes(), now);
        }
        for (String tag : p.tags()) {
            tags.attach(List.of(id), tags.ensure(tag));
        }
        for (Highlight h : p.highlights()) {
            highlights.insert(id, h.withId(0), now);
        }
    }

    /** A backup fills in what the library lacks (notes, tags, highlights) but never overwrites what the user has now. */
    private boolean restoreMissingPersonal(long id, Paper current, PersonalData p) throws SQLException {
        boolean changed = false;
        if (current.notes().isEmpty() && !p.notes().isEmpty()) {
            papers.setNotes(id, p.notes(), now);
            changed = true;
        }
        for (String tag : p.tags()) {
            if (current.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
                tags.attach(List.of(id), tags.ensure(tag));
                changed = true;
            }
        }
        for (Highlight h : p.highlights()) {
            if (current.highlights().stream().noneMatch(h::samePassage)) {
                highlights.insert(id, h.withId(0), now);
                changed = true;
            }
        }
        return changed;
    }

    private void restoreSources(long id, PersonalData p) throws SQLException {
        for (SourceRef s : p.sources()) {
            long listingId = listings.record(s.fileName(), s.listingDate(), "restored",
                    s.importedAt() != null ? s.importedAt() : now);
            listings.linkLast(id, listingId);
        }
    }

    /**
     * A backup's highlight colour names, for the colours this library still calls by their default names: a restored
     * or new library gets the names back, a name given here is kept.
     */
    private void adoptColorNames(List<String> names) throws SQLException {
        if (names.size() != HighlightColors.COUNT) {
            return;
        }
        HighlightColors current = highlights.colors();
        for (int c = 0; c < HighlightColors.COUNT; c++) {
            if (current.name(c).equals(HighlightColors.DEFAULT.name(c))) {
                Optional<String> name = HighlightColors.acceptable(names.get(c));
                if (name.isPresent() && !name.get().equals(current.name(c))) {
                    highlights.setColorName(c, name.get());
                }
            }
        }
    }
}
