package io.papershelf.listing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv identifiers in the forms listings write them: new style {@code 2410.05434} (four or five digits
 * after the dot), old style {@code cs/0112017} or {@code math.GT/0309136}, each optionally with a version
 * {@code v2}. The canonical form has no version and, for old ids, no subject class
 * ({@code math.GT/0309136} is {@code math/0309136}), so that one paper always has one id.
 */
final class ArxivIds {
    private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\\.[A-Za-z-]+)?/\\d{7})(?:v\\d+)?";
    private static final Pattern WHOLE = Pattern.compile(ID);
    private static final Pattern OLD_SUBJECT = Pattern.compile("^([a-z-]+)\\.[A-Za-z-]+/");
    private static final Pattern IN_URL = Pattern.compile(
            "^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/" + ID + "(?:\\.pdf)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGGED = Pattern.compile("(?i:arxiv)[:\\s]\\s*" + ID + "(?!\\d)");
    private static final Pattern ARXIV_DOI = Pattern.compile(
            "^(?:https?://(?:dx\\.)?doi\\.org/)?10\\.48550/arxiv\\." + ID + "$", Pattern.CASE_INSENSITIVE);

    private ArxivIds() {
    }

    /** The canonical id of a bare id such as {@code 2410.05434v2}, or empty when it is not one. */
    static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(raw.trim());
        return m.matches() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    /** The id in an arxiv.org abs, pdf or html address, or empty. */
    static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = IN_URL.matcher(url.trim());
        return m.matches() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    /** The id of an arXiv DOI ({@code 10.48550/arXiv.2410.05434}), or empty. */
    static Optional<String> fromDoi(String doi) {
        if (doi == null) {
            return Optional.empty();
        }
        Matcher m = ARXIV_DOI.matcher(doi.trim());
        return m.matches() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    /** The first id written as {@code arXiv:2410.05434} (or {@code arXiv 2410.05434}) in free text. */
    static Optional<String> findTagged(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TAGGED.matcher(text);
        return m.find() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    /** The regular expression of an id with optional version; group 1 is the id without the version. */
    static String pattern() {
        return ID;
    }

    /** Drops the subject class of an old-style id; the version is already outside group 1. */
    static String canonical(String idWithoutVersion) {
        Matcher m = OLD_SUBJECT.matcher(idWithoutVersion);
        return m.find() ? m.group(1) + "/" + idWithoutVersion.substring(m.end()) : idWithoutVersion;
    }
}
