package io.papershelf.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;

/**
 * What a re-imported card changes in a paper the library already has. The listing's live figures
 * (comments, upvotes, stars) take the newer value; links, repositories and suggested tags are unioned;
 * the abstract, date, authors, organisation and arXiv id are filled only when missing. The title and
 * everything the user made (read state, tags, notes) are never touched here.
 */
final class MergePolicy {
    private MergePolicy() {
    }

    /** The merged listing fields, or null when the card adds nothing new. */
    static ListingEntry merge(Paper current, ListingEntry incoming) {
        ListingEntry merged = ListingEntry.builder(current.title())
                .arxivId(current.arxivId() != null ? current.arxivId() : incoming.arxivId())
                .abstractText(current.abstractText().isBlank() ? incoming.abstractText() : current.abstractText())
                .authors(current.authors().isEmpty() ? incoming.authors() : current.authors())
                .authorCount(current.authorCount() != null ? current.authorCount() : incoming.authorCount())
                .organization(current.organization() != null ? current.organization() : incoming.organization())
                .published(current.published() != null ? current.published() : incoming.published())
                .upvotes(incoming.upvotes() != null ? incoming.upvotes() : current.upvotes())
                .comments(incoming.comments() != null ? incoming.comments() : current.comments())
                .links(union(current.links(), incoming.links()))
                .githubUrls(union(current.githubUrls(), incoming.githubUrls()))
                .projectPage(incoming.projectPage() != null ? incoming.projectPage() : current.projectPage())
                .githubStars(incoming.githubStars() != null ? incoming.githubStars() : current.githubStars())
                .suggestedTags(union(current.suggestedTags(), incoming.suggestedTags()))
                .build();
        return sameListingFields(current, merged) ? null : merged;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private static boolean sameListingFields(Paper p, ListingEntry e) {
        return Objects.equals(p.arxivId(), e.arxivId())
                && p.abstractText().equals(e.abstractText())
                && p.authors().equals(e.authors())
                && Objects.equals(p.authorCount(), e.authorCount())
                && Objects.equals(p.organization(), e.organization())
                && Objects.equals(p.published(), e.published())
                && Objects.equals(p.upvotes(), e.upvotes())
                && Objects.equals(p.comments(), e.comments())
                && p.links().equals(e.links())
                && p.githubUrls().equals(e.githubUrls())
                && Objects.equals(p.projectPage(), e.projectPage())
                && Objects.equals(p.githubStars(), e.githubStars())
                && p.suggestedTags().equals(e.suggestedTags());
    }
}
