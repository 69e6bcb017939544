package io.papershelf.export;

import java.net.URI;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/**
 * What the exports say about where a paper lives and when it appeared, in one place so that BibTeX, CSV
 * and Markdown agree: the arXiv abs page when the id is known, else the first web link, else the
 * project page; and the month an arXiv id was issued in, for papers without a publication date.
 */
final class PaperLinks {
    private static final Pattern NEW_ID = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}$");
    private static final Pattern OLD_ID = Pattern.compile("^[a-z-]+(?:\\.[A-Za-z-]+)?/(\\d{2})(\\d{2})\\d{3}$");

    private PaperLinks() {
    }

    /** The address a reader should open for this paper, or empty. */
    static Optional<String> primaryUrl(Paper p) {
        if (p.arxivId() != null && !p.arxivId().isBlank()) {
            return Optional.of("https://arxiv.org/abs/" + p.arxivId().trim());
        }
        for (String link : p.links()) {
            if (isWebLink(link)) {
                return Optional.of(link.trim());
            }
        }
        return isWebLink(p.projectPage()) ? Optional.of(p.projectPage().trim()) : Optional.empty();
    }

    /** Only http and https addresses with a host are written as links; anything else could run code. */
    static boolean isWebLink(String link) {
        if (link == null || link.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The month an arXiv id was issued in: {@code 2410.05434} is October 2024, {@code cs/0112017} December
     * 2001 (old ids start in 1991).
     */
    static Optional<YearMonth> arxivMonth(String arxivId) {
        if (arxivId == null) {
            return Optional.empty();
        }
        Matcher m = NEW_ID.matcher(arxivId.trim());
        if (!m.matches()) {
            m = OLD_ID.matcher(arxivId.trim());
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int yy = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(yy >= 91 ? 1900 + yy : 2000 + yy, month));
    }

    /** The publication date as precise as known, else the month of the arXiv id, else empty. */
    static Optional<PublishedDate> date(Paper p) {
        return p.published() != null ? Optional.of(p.published())
                : arxivMonth(p.arxivId()).map(m -> PublishedDate.ofMonth(m.getYear(), m.getMonthValue()));
    }
}
