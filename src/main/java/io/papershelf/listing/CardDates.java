package io.papershelf.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * The dates of the Hugging Face pages: "Dec 17, 2025", "May 3" (no year), optionally followed by the
 * comment count ("Oct 28, 2025 2"). A yearless date is in the listing's year, or in the year before when
 * its month and day come after the listing's.
 */
final class CardDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
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

    /**
     * The date line this line is, or null. Read by hand rather than by a regular expression: the readers ask this of
     * every line of a file (100,000 for 10,000 cards), and a cold JVM pays for the expression in the interpreter and
     * in its compilation (about 0.6 s of compile time for an import of 10,000 papers). The shape is
     * {@code Month[letters][.] D[D][, [ ]YYYY][ N]}, the month in any case: the first three letters name it.
     */
    static DateLine parse(String line) {
        String s = line.trim();
        int n = s.length();
        if (n < 5 || "JFMASONDjfmasond".indexOf(s.charAt(0)) < 0) {
            return null; // not a month's first letter, or too short for "May 3"
        }
        Integer month = month(s);
        if (month == null) {
            return null;
        }
        int i = 3;
        while (i < n && isLetter(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
        }
        if (i >= n || s.charAt(i) != ' ') {
            return null;
        }
        int dayEnd = digits(s, ++i, 2);
        if (dayEnd == i) {
            return null;
        }
        int day = Integer.parseInt(s, i, dayEnd, 10);
        i = dayEnd;
        Integer year = null;
        if (i < n && s.charAt(i) == ',') {
            i++;
            if (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (digits(s, i, 4) != i + 4) {
                return null;
            }
            year = Integer.parseInt(s, i, i + 4, 10);
            i += 4;
        }
        Integer trailing = null;
        if (i < n) {
            if (s.charAt(i) != ' ') {
                return null;
            }
            int end = digits(s, ++i, 7);
            if (end == i || end != n) {
                return null;
            }
            trailing = Integer.parseInt(s, i, end, 10);
        }
        try {
            MonthDay md = MonthDay.of(month, day);
            if (year != null && !md.isValidYear(year)) {
                return null;
            }
            return new DateLine(md, year, trailing);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month its first three letters name, in any (ASCII) case, or null. */
    private static Integer month(String s) {
        char[] three = new char[3];
        for (int k = 0; k < 3; k++) {
            char c = s.charAt(k);
            if (!isLetter(c)) {
                return null;
            }
            three[k] = (char) (c | 0x20);
        }
        return MONTHS.get(new String(three));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The end of the run of at most {@code max} ASCII digits that starts at {@code from}. */
    private static int digits(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i - from < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
