package io.papershelf.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One paper as a listing file describes it. Fields the listing does not show are null (or empty lists);
 * {@code line} is the 1-based line of the card's title in the file, for messages.
 *
 * @param summary       a one-line summary (TL;DR) where the listing gives one (Hugging Face's {@code ai_summary})
 * @param published     when the paper appeared, as precisely as the listing says
 * @param bibliographic DOI, entry type, venue, volume, issue, pages, publisher (never null)
 * @param personal      the user's own data, present only when the file is a Papershelf backup
 */
public record ListingEntry(
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
        Integer comments,
        List<String> links,
        List<String> githubUrls,
        String projectPage,
        Integer githubStars,
        List<String> suggestedTags,
        int line,
        PersonalData personal) {

    public ListingEntry {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a listing entry needs a title");
        }
        abstractText = abstractText == null ? "" : abstractText;
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        bibliographic = bibliographic == null ? Bibliographic.NONE : bibliographic;
        authors = List.copyOf(authors == null ? List.of() : authors);
        links = List.copyOf(links == null ? List.of() : links);
        githubUrls = List.copyOf(githubUrls == null ? List.of() : githubUrls);
        suggestedTags = List.copyOf(suggestedTags == null ? List.of() : suggestedTags);
    }

    /** A builder, because most readers know only some of the fields. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A builder holding this entry's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(title).abstractText(abstractText).summary(summary).arxivId(arxivId).authors(authors)
                .authorCount(authorCount).organization(organization).published(published).bibliographic(bibliographic)
                .upvotes(upvotes).comments(comments).links(links).githubUrls(githubUrls).projectPage(projectPage)
                .githubStars(githubStars).suggestedTags(suggestedTags).line(line).personal(personal);
    }

    public static final class Builder {
        private String title;
        private String abstractText = "";
        private String summary;
        private String arxivId;
        private List<String> authors = List.of();
        private Integer authorCount;
        private Organization organization;
        private PublishedDate published;
        private Bibliographic bibliographic = Bibliographic.NONE;
        private Integer upvotes;
        private Integer comments;
        private List<String> links = List.of();
        private List<String> githubUrls = List.of();
        private String projectPage;
        private Integer githubStars;
        private List<String> suggestedTags = List.of();
        private int line;
        private PersonalData personal;

        private Builder(String title) {
            this.title = title;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder abstractText(String v) { abstractText = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder arxivId(String v) { arxivId = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder authorCount(Integer v) { authorCount = v; return this; }
        public Builder organization(Organization v) { organization = v; return this; }
        public Builder published(PublishedDate v) { published = v; return this; }
        /** A full date (day precision). */
        public Builder published(LocalDate v) { published = PublishedDate.of(v); return this; }
        public Builder bibliographic(Bibliographic v) { bibliographic = v; return this; }
        public Builder upvotes(Integer v) { upvotes = v; return this; }
        public Builder comments(Integer v) { comments = v; return this; }
        public Builder links(List<String> v) { links = v; return this; }
        public Builder githubUrls(List<String> v) { githubUrls = v; return this; }
        public Builder projectPage(String v) { projectPage = v; return this; }
        public Builder githubStars(Integer v) { githubStars = v; return this; }
        public Builder suggestedTags(List<String> v) { suggestedTags = v; return this; }
        public Builder line(int v) { line = v; return this; }
        public Builder personal(PersonalData v) { personal = v; return this; }

        public ListingEntry build() {
            return new ListingEntry(title, abstractText, summary, arxivId, authors, authorCount, organization, published,
                    bibliographic, upvotes, comments, links, githubUrls, projectPage, githubStars, suggestedTags, line,
                    personal);
        }
    }
}
