package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;

/**
 * {@link ListingFormat#detect} asks the later readers on a second thread, yet answers as asking them in order would: the
 * first reader that accepts wins, and a reader's failure counts only when no reader before it accepted.
 */
class ListingFormatOrderTest {
    private static final ListingText TEXT = ListingText.of("x.txt", "some text");

    @Test
    void theFirstReaderThatAcceptsWinsWhicheverHalfItIsIn() throws ListingException {
        for (int first = 0; first < 6; first++) {
            int winner = first;
            List<ListingReader> readers = readers(6, i -> i >= winner);
            assertThat(new ListingFormat(readers).detect(TEXT)).as("first accepting " + first)
                    .isSameAs(readers.get(first));
        }
    }

    @Test
    void aFailingReaderAfterOneThatAcceptsIsNeverSeen() throws ListingException {
        List<ListingReader> readers = List.of(reader("a", t -> false), reader("b", t -> true),
                reader("c", t -> false), reader("d", t -> { throw new IllegalStateException("d broke"); }));
        assertThat(new ListingFormat(readers).detect(TEXT)).isSameAs(readers.get(1));
    }

    @Test
    void aFailingReaderBeforeAnyThatAcceptsFailsAsItWouldAlone() {
        List<ListingReader> readers = List.of(reader("a", t -> false), reader("b", t -> false),
                reader("c", t -> { throw new IllegalStateException("c broke"); }), reader("d", t -> true));
        assertThatThrownBy(() -> new ListingFormat(readers).detect(TEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("c broke");
    }

    @Test
    void whenNoneAcceptsTheMessageNamesEveryShapeTried() {
        assertThatThrownBy(() -> new ListingFormat(readers(3, i -> false)).detect(TEXT))
                .isInstanceOf(ListingException.class)
                .hasMessageContaining("tried r0, r1, r2");
    }

    private static List<ListingReader> readers(int n, Predicate<Integer> accepts) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> reader("r" + i, t -> accepts.test(i))).toList();
    }

    private static ListingReader reader(String name, Predicate<ListingText> accepts) {
        return new ListingReader() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean accepts(ListingText text) {
                return accepts.test(text);
            }

            @Override
            public Listing read(ListingText text, LocalDate fallbackDate) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
