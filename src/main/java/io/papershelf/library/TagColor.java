package io.papershelf.library;

import java.util.regex.Pattern;

/** What a tag colour may be (a tag name: {@link io.papershelf.model.TagName}). */
final class TagColor {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private TagColor() {
    }

    /** The colour as stored: lower-case #rrggbb, or null for none. */
    static String clean(String color) {
        if (color == null || color.isBlank()) {
            return null;
        }
        if (!COLOR.matcher(color.strip()).matches()) {
            throw new IllegalArgumentException("A tag colour is a hex colour such as #3b82f6, not " + color + ".");
        }
        return color.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
