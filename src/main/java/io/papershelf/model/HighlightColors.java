package io.papershelf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The names of the four highlight colours, which the user may change (by default Important, Question, Method, Result). */
public record HighlightColors(List<String> names) {
    public static final int COUNT = 4;
    public static final HighlightColors DEFAULT = new HighlightColors(List.of("Important", "Question", "Method", "Result"));
    /** The longest colour name accepted. */
    public static final int MAX_NAME = 40;

    public HighlightColors {
        if (names == null || names.size() != COUNT) {
            throw new IllegalArgumentException("there are " + COUNT + " highlight colours");
        }
        names = List.copyOf(names);
    }

    public String name(int color) {
        return names.get(color);
    }

    /** A name as kept: blanks folded into one space, trimmed; empty when that leaves none or more than {@link #MAX_NAME}. */
    public static Optional<String> acceptable(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        return clean.isEmpty() || clean.length() > MAX_NAME ? Optional.empty() : Optional.of(clean);
    }

    public HighlightColors withName(int color, String name) {
        List<String> copy = new ArrayList<>(names);
        copy.set(color, name);
        return new HighlightColors(copy);
    }
}
