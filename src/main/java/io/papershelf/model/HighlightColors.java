package io.papershelf.model;

import java.util.ArrayList;
import java.util.List;

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

    public HighlightColors withName(int color, String name) {
        List<String> copy = new ArrayList<>(names);
        copy.set(color, name);
        return new HighlightColors(copy);
    }
}
