package io.papershelf.model;

/** A term of a paper and how much it added to the paper's "For you" or tag score (for the score's tooltip). */
public record TermWeight(String term, double weight) {
}
