package io.papershelf.library;

import java.util.Objects;

import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;

/** Whether a merged entry would store exactly what a paper has: then the import counts it "unchanged". */
final class StoredFields {
    private StoredFields() {
    }

    static boolean same(Paper p, ListingEntry e) {
        return Objects.equals(p.arxivId(), e.arxivId())
                && p.abstractText().equals(e.abstractText())
                && Objects.equals(p.summary(), e.summary())
                && p.authors().equals(e.authors())
                && Objects.equals(p.authorCount(), e.authorCount())
                && Objects.equals(p.organization(), e.organization())
                && Objects.equals(p.published(), e.published())
                && p.bibliographic().equals(e.bibliographic())
                && Objects.equals(p.upvotes(), e.upvotes())
                && Objects.equals(p.comments(), e.comments() == null ? 0 : e.comments())
                && p.links().equals(e.links())
                && p.githubUrls().equals(e.githubUrls())
                && Objects.equals(p.projectPage(), e.projectPage())
                && Objects.equals(p.githubStars(), e.githubStars())
                && p.suggestedTags().equals(e.suggestedTags());
    }
}
