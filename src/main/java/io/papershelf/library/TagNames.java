package io.papershelf.library;

import java.util.regex.Pattern;

/** What a tag name and a tag colour may be. */
final class TagNames {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final int MAX_LENGTH = 60;

    private TagNames() {
    }

    /** Trims and folds inner whitespace (a newline would split the tag in the search index). */
    static String clean(String name) {
        String s = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        if (s.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A tag name can be at most " + MAX_LENGTH + " characters long.");
        }
        return s;
    }

    static String color(String color) {
        if (color == null || color.isBlank()) {
            return null;
        }
        if (!COLOR.matcher(color.strip()).matches()) {
            throw new IllegalArgumentException("A tag colour is a hex colour such as #3b82f6, not " + color + ".");
        }
        return color.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
