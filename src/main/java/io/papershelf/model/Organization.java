package io.papershelf.model;

/**
 * The organisation a paper is listed under on its card: a display name and, when the listing shows it,
 * the site handle ({@code MicrosoftResearch Microsoft Research} is handle {@code MicrosoftResearch},
 * name {@code Microsoft Research}).
 */
public record Organization(String name, String handle) {
    public Organization {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an organisation needs a name");
        }
    }
}
