package io.papershelf.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

/**
 * Builds cards from the pieces of a page copy that keeps its links (text or Markdown), fed in page
 * order: the upvotes stand before a card's title; the abstract, the byline, the date and the comment
 * count after it. A new title or upvote count closes the card before it. Repeats are dropped.
 */
final class CardSequence {
    private final LocalDate listingDate;
    private final SeenCards seen = new SeenCards();
    private final List<ListingEntry> entries = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private ListingEntry.Builder card;
    private String cardId;
    private StringBuilder abstractText;
    private boolean byline;
    private boolean dated;
    private Integer upvotes;

    CardSequence(LocalDate listingDate) {
        this.listingDate = listingDate;
    }

    /** The next card's upvotes ({@code -} is 0, passed as 0). */
    void upvotes(int count) {
        close();
        upvotes = count;
    }

    void title(String title, String arxivId, int line) {
        close();
        // The page shows a comment count only when there are comments.
        card = ListingEntry.builder(title).arxivId(arxivId).line(line).upvotes(upvotes).comments(0);
        cardId = arxivId;
        abstractText = new StringBuilder();
        upvotes = null;
    }

    /** Whether text linked to this paper is still the open card's abstract rather than a new card's title. */
    boolean inAbstractOf(String arxivId) {
        return card != null && !byline && !dated && arxivId != null && arxivId.equals(cardId);
    }

    void abstractText(String text) {
        if (card != null && text != null) {
            abstractText.append(abstractText.length() == 0 ? "" : " ").append(text);
        }
    }

    void authorCount(int count) {
        if (card != null && !byline) {
            card.authorCount(count);
            byline = true;
        }
    }

    void organization(Organization organization) {
        if (card != null && !byline) {
            card.organization(organization);
            byline = true;
        }
    }

    void date(CardDates.DateLine date, int line) {
        if (card == null || dated) {
            skipped.add("line " + line + ": a date with no paper title before it");
            return;
        }
        card.published(date.resolve(listingDate));
        if (date.trailingNumber() != null) {
            card.comments(date.trailingNumber());
        }
        dated = true;
    }

    /** The comment count, which stands after the date. */
    void comments(int count) {
        if (card != null && dated) {
            card.comments(count);
        }
    }

    /** The cards, in page order, first copies only. */
    List<ListingEntry> finish() {
        close();
        return List.copyOf(entries);
    }

    /** What was passed over, with lines and reasons. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private void close() {
        if (card == null) {
            return;
        }
        String text = HuggingFaceCards.collapse(abstractText.toString());
        List<String> links = Links.find(text);
        ListingEntry entry = card.abstractText(text).links(links).githubUrls(Links.githubRepositories(links)).build();
        if (seen.firstTime(entry, skipped)) {
            entries.add(entry);
        }
        card = null;
        cardId = null;
        byline = false;
        dated = false;
    }
}
