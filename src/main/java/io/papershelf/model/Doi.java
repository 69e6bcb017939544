package io.papershelf.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DOIs as sources write them ({@code 10.1109/X}, {@code doi:10.1109/X}, {@code https://doi.org/10.1109/X},
 * {@code http://dx.doi.org/10.1109/X}) reduced to the DOI itself, and the key two DOIs are compared by (DOIs
 * ignore case). arXiv's own DOIs ({@code 10.48550/arXiv.2106.09685}) name the preprint, not a publication.
 */
public final class Doi {
    private static final Pattern RESOLVER = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");

    private Doi() {
    }

    /** The DOI without resolver or {@code doi:} prefix, or null when the text is not a DOI. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = RESOLVER.matcher(text.strip()).replaceFirst("").strip();
        return s.startsWith("10.") && s.indexOf('/') > 3 && !s.contains(" ") ? s : null;
    }

    /** The form two DOIs are compared by: normalised, in lower case (ASCII only, as DOIs are). */
    public static String key(String doi) {
        String d = normalise(doi);
        return d == null ? null : d.toLowerCase(Locale.ROOT);
    }

    /** Whether this is a DOI arXiv gave a preprint. */
    public static boolean isArxiv(String doi) {
        String k = key(doi);
        return k != null && k.startsWith("10.48550/arxiv.");
    }

    /** The DOI's address. */
    public static String url(String doi) {
        return "https://doi.org/" + normalise(doi);
    }
}
