package io.papershelf.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Organization;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/** Papers for export tests, built field by field since the record has many. */
final class PaperFixture {
    private long id = 1;
    private final String title;
    private String abstractText = "";
    private String arxivId;
    private List<String> authors = List.of();
    private Integer authorCount;
    private Organization organization;
    private PublishedDate published;
    private Bibliographic bibliographic = Bibliographic.NONE;
    private String summary;
    private Integer upvotes;
    private int comments;
    private List<String> links = List.of();
    private List<String> githubUrls = List.of();
    private List<String> suggestedTags = List.of();
    private boolean read;
    private List<String> tags = List.of();
    private String notes = "";

    private PaperFixture(String title) {
        this.title = title;
    }

    static PaperFixture paper(String title) {
        return new PaperFixture(title);
    }

    PaperFixture id(long v) { id = v; return this; }
    PaperFixture abstractText(String v) { abstractText = v; return this; }
    PaperFixture arxivId(String v) { arxivId = v; return this; }
    PaperFixture authors(String... v) { authors = List.of(v); return this; }
    PaperFixture authorCount(int v) { authorCount = v; return this; }
    PaperFixture organization(String name) { organization = new Organization(name, null); return this; }
    PaperFixture published(int y, int m, int d) { published = PublishedDate.of(LocalDate.of(y, m, d)); return this; }
    PaperFixture published(PublishedDate v) { published = v; return this; }
    PaperFixture bibliographic(Bibliographic v) { bibliographic = v; return this; }
    private List<Highlight> highlights = List.of();

    PaperFixture summary(String v) { summary = v; return this; }
    PaperFixture upvotes(int v) { upvotes = v; return this; }
    PaperFixture comments(int v) { comments = v; return this; }
    PaperFixture links(String... v) { links = List.of(v); return this; }
    PaperFixture githubUrls(String... v) { githubUrls = List.of(v); return this; }
    PaperFixture suggestedTags(String... v) { suggestedTags = List.of(v); return this; }
    PaperFixture read(boolean v) { read = v; return this; }
    PaperFixture tags(String... v) { tags = List.of(v); return this; }
    PaperFixture notes(String v) { notes = v; return this; }
    PaperFixture highlights(Highlight... v) { highlights = List.of(v); return this; }

    Paper build() {
        return new Paper(id, title, abstractText, summary, arxivId, authors, authorCount, organization, published,
                bibliographic, upvotes,
                comments, links, githubUrls, null, null, suggestedTags, read, read ? Instant.EPOCH : null, tags, notes,
                Instant.EPOCH, List.of(), highlights);
    }
}
