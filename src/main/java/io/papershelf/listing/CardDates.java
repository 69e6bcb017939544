package io.papershelf.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of the Hugging Face pages: "Dec 17, 2025", "May 3" (no year), optionally followed by the
 * comment count ("Oct 28, 2025 2"). A yearless date is in the listing's year, or in the year before when
 * its month and day come after the listing's.
 */
final class CardDates {
    static final Pattern DATE_LINE = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})(?:, ?(\\d{4}))?(?: (\\d{1,7}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** A date line taken apart: month and day, the year when shown, the trailing number when shown. */
    record DateLine(MonthDay monthDay, Integer year, Integer trailingNumber) {
        LocalDate resolve(LocalDate listingDate) {
            if (year != null) {
                return monthDay.atYear(year);
            }
            int y = listingDate.getYear();
            if (monthDay.isAfter(MonthDay.from(listingDate))) {
                y--;
            }
            return monthDay.isValidYear(y) ? monthDay.atYear(y) : monthDay.atYear(y - 1);
        }
    }

    private CardDates() {
    }

    static DateLine parse(String line) {
        String s = line.trim();
        if (s.isEmpty() || "JFMASONDjfmasond".indexOf(s.charAt(0)) < 0) {
            return null; // not a month's first letter: the pattern cannot match (cheap, for 100,000 lines)
        }
        Matcher m = DATE_LINE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(m.group(2));
        try {
            MonthDay md = MonthDay.of(month, day);
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer trailing = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            if (year != null && !md.isValidYear(year)) {
                return null;
            }
            return new DateLine(md, year, trailing);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
