package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link CardDates#parse} reads date lines by hand; the regular expression it replaced is kept here as the
 * specification, and both must agree on real date lines, near misses and random lines made of the pieces a date
 * line has.
 */
class CardDatesTest {
    private static final Pattern SPEC = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})(?:, ?(\\d{4}))?(?: (\\d{1,7}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** What the regular expression said a line is. */
    private static CardDates.DateLine spec(String line) {
        Matcher m = SPEC.matcher(line.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            MonthDay md = MonthDay.of(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer trailing = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            return year != null && !md.isValidYear(year) ? null : new CardDates.DateLine(md, year, trailing);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    @Test
    void readsTheDateLinesOfTheSite() {
        assertThat(CardDates.parse("Dec 17, 2025")).isEqualTo(new CardDates.DateLine(MonthDay.of(12, 17), 2025, null));
        assertThat(CardDates.parse("May 3")).isEqualTo(new CardDates.DateLine(MonthDay.of(5, 3), null, null));
        assertThat(CardDates.parse("Oct 28, 2025 2")).isEqualTo(new CardDates.DateLine(MonthDay.of(10, 28), 2025, 2));
        assertThat(CardDates.parse("  Sept. 9,2024 ")).isEqualTo(new CardDates.DateLine(MonthDay.of(9, 9), 2024, null));
        assertThat(CardDates.parse("FEBRUARY 29, 2024")).isEqualTo(new CardDates.DateLine(MonthDay.of(2, 29), 2024, null));
        assertThat(CardDates.parse("Feb 29, 2025")).isNull();
        assertThat(CardDates.parse("Feb 30")).isNull();
        assertThat(CardDates.parse("May 123")).isNull();
        assertThat(CardDates.parse("Mayhem is a word")).isNull();
        assertThat(CardDates.parse("March 3 12345678")).isNull();
    }

    @Test
    void agreesWithTheRegularExpressionOnNearMisses() {
        String[] lines = {"", "M", "May", "May ", "May 3", "may 3", "MAY 3", "May. 3", "May.. 3", "May  3", "May 03",
            "May 0", "May 31", "Jun 31", "May 3,", "May 3, ", "May 3,2025", "May 3, 2025", "May 3,  2025", "May 3, 202",
            "May 3, 20255", "May 3 2025", "May 3, 2025 ", "May 3, 2025 1234567", "May 3, 2025 12345678", "May 3 x",
            "Mayday 3", "Sep 9", "Sept 9", "September 9", "Spt 9", "Mai 3", "Dec 1, 0000", "Jan 1, 9999 0",
            "J an 3", "Ma1 3", "Ju\u0130 3", "May\u00A03", "May 3\u00A0", "May \u0663", "Oct 28, 2025 2"};
        for (String line : lines) {
            assertThat(CardDates.parse(line)).as(line).isEqualTo(spec(line));
        }
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomLines() {
        String[] pieces = {"Jan", "feb", "MAR", "Sep", "Sept", "Dec", "May", "ember", "t", ".", " ", ",", ", ", "1", "2",
            "3", "9", "0", "12", "31", "29", "2024", "2025", "20", "x", "\u00B7", "\u0663"};
        Random random = new Random(16);
        int dates = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                // Most lines start with a month and have a space after it, so that many are dates or nearly.
                line.append(pieces[p == 0 && random.nextInt(5) > 0 ? random.nextInt(7) : p == 1 && random.nextInt(2) == 0
                        ? 10 : random.nextInt(pieces.length)]);
            }
            String s = line.toString();
            CardDates.DateLine expected = spec(s);
            assertThat(CardDates.parse(s)).as(s).isEqualTo(expected);
            dates += expected == null ? 0 : 1;
        }
        assertThat(dates).as("random lines that are dates").isGreaterThan(1000);
    }
}
