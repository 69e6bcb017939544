package io.papershelf.library;

import java.util.Optional;

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

    /** "owner/repo" of a canonical repository address, for button labels. */
    public static String repositoryLabel(String githubUrl) {
        return githubUrl.replaceFirst("^https://github\\.com/", "");
    }
}
