package io.papershelf.ranking;

/** A term and how much it added to a score. */
public record TermWeight(String term, double weight) {
}
