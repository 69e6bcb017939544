package io.papershelf.model;

/**
 * What a tag name may be, wherever it comes from (typed in the window, given on the command line, read from a
 * JSON export): trimmed, inner whitespace folded to one space, not empty, at most {@link #MAX_LENGTH}
 * characters.
 */
public final class TagName {
    public static final int MAX_LENGTH = 60;

    private TagName() {
    }

    /**
     * The name as it is stored: trimmed, inner whitespace folded (a newline would split the tag in the search index).
     *
     * @throws IllegalArgumentException when the name is empty or too long, in one sentence
     */
    public static String clean(String name) {
        String s = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        if (s.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A tag name can be at most " + MAX_LENGTH + " characters long (\""
                    + s.substring(0, 20) + "…\" has " + s.length() + ").");
        }
        return s;
    }
}
