package io.papershelf.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two links are the same page: {@code http} and {@code https}, a trailing slash, {@code www.}, the
 * host's case, arXiv's {@code abs} and {@code pdf} pages (with or without version and {@code .pdf}), and the
 * forms of a DOI address ({@code dx.doi.org}, {@code doi.org}, any case) are one link.
 */
public final class LinkKey {
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)^(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/(.+?)(?:v\\d+)?(?:\\.pdf)?$");
    private static final Pattern DOI = Pattern.compile("(?i)^(?:dx\\.)?doi\\.org/(10\\..+)$");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");

    private LinkKey() {
    }

    /** The key of a link; links with the same key are the same page. */
    public static String of(String link) {
        String s = link.strip();
        Matcher scheme = SCHEME.matcher(s);
        if (!scheme.find()) {
            return s;
        }
        String rest = s.substring(scheme.end());
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = slash < 0 ? "" : rest.substring(slash);
        String hostAndPath = host + path;
        Matcher arxiv = ARXIV.matcher(hostAndPath);
        if (arxiv.matches()) {
            return "arxiv:" + arxiv.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher doi = DOI.matcher(hostAndPath);
        if (doi.matches()) {
            return "doi:" + doi.group(1).toLowerCase(Locale.ROOT);
        }
        return hostAndPath;
    }

    /**
     * The links of {@code first} then those of {@code second} that are not the same page as one before;
     * where an {@code https} form comes after an {@code http} one, it takes that place.
     */
    public static List<String> union(List<String> first, List<String> second) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (List<String> list : List.of(first, second)) {
            for (String link : list) {
                String key = of(link);
                String kept = byKey.get(key);
                if (kept == null || (!isHttps(kept) && isHttps(link))) {
                    byKey.put(key, link);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean isHttps(String link) {
        return link.regionMatches(true, 0, "https://", 0, 8);
    }
}
