package io.papershelf.library;

/**
 * One of the user's tags that a paper probably deserves. {@code likeness} is where the paper would stand among
 * all papers under that tag's model, 0 to 1 (1: more like the tag than any paper in the library).
 */
public record TagSuggestion(String tag, double likeness) {
}
