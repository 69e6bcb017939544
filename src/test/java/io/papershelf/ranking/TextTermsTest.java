package io.papershelf.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextTermsTest {
    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        TextTerms.forEach(text, out::add);
        return out;
    }

    @Test
    void wordsAndNeighbouringPairsWithoutStopWords() {
        assertThat(terms("Training Large Language Models for the Web"))
                .containsExactly("training", "large", "training large", "language", "large language", "models",
                        "language models", "web", "models web");
    }

    @Test
    void dropsShortTokensAndNumbersButKeepsWordsWithDigits() {
        assertThat(terms("A 3D model: GPT-4o and x, 2026 results in R2"))
                .containsExactly("model", "gpt", "model gpt", "results", "gpt results", "r2",
                        "results r2");
    }

    @Test
    void foldsCaseAndAccents() {
        assertThat(terms("Zürich Café")).containsExactly("zurich", "cafe", "zurich cafe");
        assertThat(terms("")).isEmpty();
        assertThat(terms(null)).isEmpty();
    }

    @Test
    void stopWordsAreScikitLearnsEnglishList() {
        assertThat(TextTerms.isStopWord("the")).isTrue();
        assertThat(TextTerms.isStopWord("system")).isTrue();
        assertThat(TextTerms.isStopWord("model")).isFalse();
    }

    @Test
    void countsAreSortedByBucketAndSurviveRepeats() {
        int[] counts = TermCounts.of("graph graph graph neural graph");
        assertThat(counts).isSorted();
        int graph = TermCounts.bucket("graph");
        int total = 0;
        for (int c : counts) {
            if (TermCounts.bucketOf(c) == graph) {
                total += TermCounts.countOf(c);
            }
        }
        assertThat(total).isEqualTo(4);
        assertThat(java.util.Arrays.stream(counts).map(TermCounts::bucketOf)).doesNotHaveDuplicates();
    }
}
