package io.papershelf.library;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.papershelf.listing.Links;

/** Which links Papershelf opens (only http and https with a host) and which count as GitHub repositories. */
public final class LinkPolicy {
    private LinkPolicy() {
    }

    public static boolean mayOpen(String link) {
        return Links.isWebLink(link);
    }

    /** The canonical repository address when the link is a real github.com repository. */
    public static Optional<String> githubRepository(String link) {
        return Links.githubRepository(link);
    }

    /**
     * The real GitHub repositories among stored repository links, canonical and distinct: what may be
     * labelled and opened as a repository, whatever a file or an older library put there.
     */
    public static List<String> repositories(List<String> githubUrls) {
        if (githubUrls.isEmpty()) {
            return List.of();
        }
        Set<String> repos = new LinkedHashSet<>(); // a loop, not a stream: an import asks this for every paper
        for (String link : githubUrls) {
            githubRepository(link).ifPresent(repos::add);
        }
        return List.copyOf(repos);
    }

    /** "owner/repo" of a canonical repository address, for button labels. */
    public static String repositoryLabel(String githubUrl) {
        return githubUrl.replaceFirst("^https://github\\.com/", "");
    }
}
