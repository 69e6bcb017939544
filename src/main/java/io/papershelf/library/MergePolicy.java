package io.papershelf.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Doi;
import io.papershelf.model.LinkKey;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/**
 * What a card of a paper the library already has changes in it: per field, the more complete value wins.
 * <ul>
 *   <li>abstract: the longer one that is not cut off with "…" or "...";</li>
 *   <li>date: the more precise one (a day over a month over a year);</li>
 *   <li>authors: the longer list of names (a list over "N authors"), and the larger author count;</li>
 *   <li>venue, volume, pages... and the entry type: a published venue over a preprint server, as one
 *       group; otherwise missing fields are filled; the DOI: a publication's over arXiv's own;</li>
 *   <li>live figures (upvotes, comments, stars, project page): the newer listing's;</li>
 *   <li>links, repositories, suggested tags: unioned, one link per page ({@link LinkKey}), no suggestion that
 *       is already one of the paper's tags.</li>
 * </ul>
 * The title and everything the user made (read state, tags, notes) are never touched here.
 */
final class MergePolicy {
    private MergePolicy() {
    }

    /** The merged listing fields, or null when the card changes nothing that is stored. */
    static ListingEntry merge(Paper current, ListingEntry incoming) {
        List<String> authors = authors(current, incoming);
        ListingEntry merged = ListingEntry.builder(current.title())
                .arxivId(current.arxivId() != null ? current.arxivId() : incoming.arxivId())
                .abstractText(abstractText(current.abstractText(), incoming.abstractText()))
                .summary(current.summary() != null ? current.summary() : incoming.summary())
                .authors(authors)
                .authorCount(authorCount(current.authorCount(), incoming.authorCount(), authors.size()))
                .organization(current.organization() != null ? current.organization() : incoming.organization())
                .published(date(current.published(), incoming.published()))
                .bibliographic(bibliographic(current.bibliographic(), incoming.bibliographic()))
                .upvotes(incoming.upvotes() != null ? incoming.upvotes() : current.upvotes())
                .comments(incoming.comments() != null ? incoming.comments() : current.comments())
                .links(LinkKey.union(current.links(), incoming.links()))
                .githubUrls(LinkKey.union(current.githubUrls(), incoming.githubUrls()))
                .projectPage(incoming.projectPage() != null ? incoming.projectPage() : current.projectPage())
                .githubStars(incoming.githubStars() != null ? incoming.githubStars() : current.githubStars())
                .suggestedTags(suggestions(current, incoming.suggestedTags()))
                .build();
        return StoredFields.same(current, merged) ? null : merged;
    }

    /** The longer abstract that is not cut off; a cut-off one only when there is nothing better. */
    static String abstractText(String current, String incoming) {
        if (incoming.isBlank() || current.equals(incoming)) {
            return current;
        }
        if (current.isBlank()) {
            return incoming;
        }
        boolean currentCut = cutOff(current);
        boolean incomingCut = cutOff(incoming);
        if (currentCut != incomingCut) {
            return currentCut ? incoming : current;
        }
        return incoming.strip().length() > current.strip().length() ? incoming : current;
    }

    static boolean cutOff(String text) {
        String t = text.strip();
        return t.endsWith("…") || t.endsWith("...");
    }

    static PublishedDate date(PublishedDate current, PublishedDate incoming) {
        return current == null || (incoming != null && incoming.finerThan(current)) ? incoming : current;
    }

    /**
     * More names win; a single name that is only the organisation the paper is listed under (the BibTeX export
     * writes an organisation as the author) adds nothing.
     */
    private static List<String> authors(Paper current, ListingEntry incoming) {
        List<String> in = incoming.authors();
        boolean organisationOnly = in.size() == 1 && current.organization() != null
                && in.get(0).equalsIgnoreCase(current.organization().name());
        return in.size() > current.authors().size() && !organisationOnly ? in : current.authors();
    }

    /** The larger count ("5 authors" over "2 authors"), never fewer than the names known. */
    private static Integer authorCount(Integer current, Integer incoming, int names) {
        Integer count = current == null ? incoming : incoming == null ? current : Integer.valueOf(Math.max(current, incoming));
        return count != null && count < names ? Integer.valueOf(names) : count;
    }

    static Bibliographic bibliographic(Bibliographic current, Bibliographic incoming) {
        String doi = doi(current.doi(), incoming.doi());
        if (incoming.hasPublishedVenue() && !current.hasPublishedVenue()) {
            return new Bibliographic(doi, incoming.entryType(), incoming.venue(), incoming.volume(), incoming.issue(),
                    incoming.pages(), incoming.publisher());
        }
        return new Bibliographic(doi, first(current.entryType(), incoming.entryType()),
                first(current.venue(), incoming.venue()), first(current.volume(), incoming.volume()),
                first(current.issue(), incoming.issue()), first(current.pages(), incoming.pages()),
                first(current.publisher(), incoming.publisher()));
    }

    private static String doi(String current, String incoming) {
        if (current == null || (Doi.isArxiv(current) && incoming != null && !Doi.isArxiv(incoming))) {
            return incoming;
        }
        return current;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** Suggestions kept, then new ones that are neither suggested already nor the paper's tags (any case). */
    private static List<String> suggestions(Paper current, List<String> incoming) {
        Map<String, String> byKey = new LinkedHashMap<>();
        current.suggestedTags().forEach(t -> byKey.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        List<String> tags = current.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        for (String t : incoming) {
            String key = t.toLowerCase(Locale.ROOT);
            if (!tags.contains(key)) {
                byKey.putIfAbsent(key, t);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
