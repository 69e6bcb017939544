package io.papershelf.model;

import java.time.Instant;
import java.util.List;

/**
 * A paper in the library with everything known about it, for the detail pane and export.
 *
 * @param summary       a one-line summary (TL;DR), or null
 * @param published     when it appeared, as precisely as known
 * @param bibliographic DOI, entry type, venue, volume, issue, pages, publisher (never null)
 * @param highlights    the passages of its title and abstract the user marked, in the order they were made
 */
public record Paper(
        long id,
        String title,
        String abstractText,
        String summary,
        String arxivId,
        List<String> authors,
        Integer authorCount,
        Organization organization,
        PublishedDate published,
        Bibliographic bibliographic,
        Integer upvotes,
        int comments,
        List<String> links,
        List<String> githubUrls,
        String projectPage,
        Integer githubStars,
        List<String> suggestedTags,
        boolean read,
        Instant readAt,
        List<String> tags,
        String notes,
        Instant addedAt,
        List<SourceRef> sources,
        List<Highlight> highlights) {

    public Paper {
        highlights = List.copyOf(highlights == null ? List.of() : highlights);
        bibliographic = bibliographic == null ? Bibliographic.NONE : bibliographic;
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        githubUrls = List.copyOf(githubUrls);
        suggestedTags = List.copyOf(suggestedTags);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** Whether the user wrote a note or marked a passage. */
    public boolean annotated() {
        return notes != null && !notes.isEmpty() || !highlights.isEmpty();
    }

    /** "Microsoft Research", "He et al." when the names are known, else "7 authors". */
    public String byline() {
        return PaperRow.byline(organization == null ? null : organization.name(), authorCount, authors.size(),
                authors.isEmpty() ? null : authors.get(0));
    }
}
