package io.papershelf.listing;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the web links in a paper's text and recognises GitHub repositories among them. Links in
 * abstracts come glued to the word before them ({@code code.https://github.com/a/b}) and followed by
 * punctuation that is not theirs ({@code ...-recsys.}, {@code ...rl,}, {@code (https://x.com)}); both
 * are cleaned off.
 */
public final class Links {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern GITHUB_PATH = Pattern.compile("/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100})");
    /** Longer addresses are never links Papershelf opens or writes: no real page needs 8 KB, and a browser may cut it. */
    public static final int MAX_LENGTH = 8192;
    private static final Set<String> NOT_OWNERS = Set.of("features", "topics", "about", "pricing", "orgs",
            "sponsors", "marketplace", "login", "join", "settings", "explore", "collections", "apps", "site",
            "security", "enterprise", "team", "customer-stories", "readme", "trending", "search");

    private Links() {
    }

    /** Every distinct http(s) link in the text, in order, cleaned of surrounding punctuation. */
    public static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        // What URL.matcher(text).find() would find, without trying the pattern at every character of a
        // 1,500-character abstract: a link can only start at the "http" or "https" just before a "://".
        Matcher m = URL.matcher(text);
        int from = 0;
        for (int k = text.indexOf("://"); k >= 0; k = text.indexOf("://", k + 3)) {
            int start = asciiIgnoreCase(text, k - 5, "https") ? k - 5 : asciiIgnoreCase(text, k - 4, "http") ? k - 4 : -1;
            if (start < from) {
                continue; // not after a scheme, or inside the link found before
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                from = m.end();
                String url = clean(m.group());
                if (url.length() > "https://".length() + 2) {
                    found.add(url);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether {@code text} holds {@code word} at {@code at}, folding ASCII case only (as the pattern does). */
    private static boolean asciiIgnoreCase(String text, int at, String word) {
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c != word.charAt(i) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes the trailing punctuation a sentence adds, keeping balanced brackets that are the link's own. */
    static String clean(String url) {
        String u = url;
        boolean changed = true;
        while (changed && !u.isEmpty()) {
            changed = false;
            char last = u.charAt(u.length() - 1);
            if (".,;:!?*'\"".indexOf(last) >= 0) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            } else if (last == ')' && count(u, '(') < count(u, ')')) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            } else if (last == ']' && count(u, '[') < count(u, ']')) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            }
        }
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * The canonical {@code https://github.com/owner/repo} address of a link that points into a GitHub
     * repository, or empty. Only the host {@code github.com} (or {@code www.github.com}) over http(s)
     * counts: look-alikes such as {@code github.com.evil.example} do not.
     */
    public static Optional<String> githubRepository(String link) {
        if (link == null || link.length() > 2048) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (Exception e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null || uri.getUserInfo() != null || uri.getPort() != -1) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || !(host.equals("github.com") || host.equals("www.github.com"))) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        Matcher m = GITHUB_PATH.matcher(path);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String owner = m.group(1);
        String repo = m.group(2);
        if (repo.endsWith(".git")) {
            repo = repo.substring(0, repo.length() - 4);
        }
        if (NOT_OWNERS.contains(owner.toLowerCase(Locale.ROOT)) || repo.isEmpty() || repo.equals(".")
                || repo.equals("..")) {
            return Optional.empty();
        }
        return Optional.of("https://github.com/" + owner + "/" + repo);
    }

    /** The distinct GitHub repositories among the links, in order. */
    public static List<String> githubRepositories(List<String> links) {
        Set<String> repos = new LinkedHashSet<>();
        for (String link : links) {
            githubRepository(link).ifPresent(repos::add);
        }
        return new ArrayList<>(repos);
    }

    /**
     * True only for an absolute http or https address with a host, at most {@link #MAX_LENGTH} characters: the
     * only links Papershelf keeps from a file, opens, or writes into an export.
     */
    public static boolean isWebLink(String link) {
        if (link == null || link.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (Exception e) {
            return false;
        }
    }
}
