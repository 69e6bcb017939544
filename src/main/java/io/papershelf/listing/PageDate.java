package io.papershelf.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The listing's own date on pages copied together with their links. The page shows its day without a
 * year ({@code Mar 25}); the copy often holds a full date too, above the cards: the links to the
 * neighbouring days ({@code https://huggingface.co/papers/date/2026-03-24}) or a clipper's front matter.
 * That date gives the year; the year nearest to it is taken, so that Jan 1 next to Dec 31 stays right.
 * Without one the year comes from the fallback date, as {@link CardDates} does.
 */
final class PageDate {
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private PageDate() {
    }

    /**
     * @param dateLine the page's date line, or null when the copy has none
     * @param header   the text above the first card, where the full dates of the page stand
     */
    static LocalDate of(String dateLine, String header, LocalDate fallback) {
        CardDates.DateLine d = dateLine == null ? null : CardDates.parse(dateLine);
        if (d == null) {
            return fallback;
        }
        if (d.year() != null) {
            return d.monthDay().atYear(d.year());
        }
        LocalDate hint = firstFullDate(header);
        if (hint == null) {
            return d.resolve(fallback);
        }
        LocalDate best = null;
        for (int y = hint.getYear() - 1; y <= hint.getYear() + 1; y++) {
            if (!d.monthDay().isValidYear(y)) {
                continue;
            }
            LocalDate candidate = d.monthDay().atYear(y);
            if (best == null || distance(candidate, hint) < distance(best, hint)) {
                best = candidate;
            }
        }
        return best == null ? d.resolve(fallback) : best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static LocalDate firstFullDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException notADate) {
                // "2026-13-45" in a header is not a date; look further.
            }
        }
        return null;
    }
}
