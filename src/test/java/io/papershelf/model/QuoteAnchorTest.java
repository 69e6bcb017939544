package io.papershelf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A highlight's quote is found again after a re-import changes whitespace or a character, and never guessed. */
class QuoteAnchorTest {
    private static final String TEXT = "We study attention. Attention heads route information between tokens, "
            + "and state space models do the same with a recurrence.";

    private static String at(String text, Optional<QuoteAnchor.Span> s) {
        return s.map(span -> text.substring(span.start(), span.end())).orElse(null);
    }

    @Test
    void whereItWasWhenTheTextIsUnchanged() {
        int start = TEXT.indexOf("heads route");
        assertThat(QuoteAnchor.locate(TEXT, start, "heads route")).contains(new QuoteAnchor.Span(start, start + 11));
    }

    @Test
    void theNearestCopyWhenTheTextMoved() {
        String moved = "Abstract: " + TEXT;
        // "attention" is written twice (once capitalised): the copy nearest the old offset wins.
        int old = TEXT.indexOf("Attention");
        Optional<QuoteAnchor.Span> s = QuoteAnchor.locate(moved, old, "Attention");
        assertThat(s).contains(new QuoteAnchor.Span(moved.indexOf("Attention"), moved.indexOf("Attention") + 9));
    }

    @Test
    void whitespaceThatChangedIsNoObstacle() {
        String reflowed = TEXT.replace("route information", "route\n   information").replace(". Attention", ".  Attention");
        Optional<QuoteAnchor.Span> s = QuoteAnchor.locate(reflowed, 20, "Attention heads route information between");
        assertThat(at(reflowed, s)).isEqualTo("Attention heads route\n   information between");
    }

    @Test
    void aCharacterThatChangedIsNoObstacle() {
        String fixed = TEXT.replace("recurrence", "recurrance");
        String quote = "state space models do the same with a recurrence";
        Optional<QuoteAnchor.Span> s = QuoteAnchor.locate(fixed, TEXT.indexOf(quote), quote);
        assertThat(at(fixed, s)).isEqualTo("state space models do the same with a recurrance");
    }

    @Test
    void aQuoteThatIsGoneHasNoPlace() {
        assertThat(QuoteAnchor.locate(TEXT, 5, "convolutional networks are all you need")).isEmpty();
        assertThat(QuoteAnchor.locate("", 0, "anything")).isEmpty();
        // A short quote is never matched loosely: one changed letter of "tokens" is another word.
        assertThat(QuoteAnchor.locate(TEXT, 0, "tokenz")).isEmpty();
    }
}
