package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @Test
    void cleansPunctuationThatIsNotPartOfTheLink() {
        assertThat(Links.find("source code.https://github.com/HKAI-Sci/QKG and more"))
                .containsExactly("https://github.com/HKAI-Sci/QKG");
        assertThat(Links.find("at https://github.com/xxzcc/awesome-llm-mas-rl, and"))
                .containsExactly("https://github.com/xxzcc/awesome-llm-mas-rl");
        assertThat(Links.find("(https://mathresearchcompass.com), which"))
                .containsExactly("https://mathresearchcompass.com");
        assertThat(Links.find("see https://en.wikipedia.org/wiki/Set_(mathematics).")).containsExactly(
                "https://en.wikipedia.org/wiki/Set_(mathematics)");
        assertThat(Links.find("twice https://a.org/x and https://a.org/x.")).containsExactly("https://a.org/x");
    }

    @Test
    void recognisesGitHubRepositories() {
        assertThat(Links.githubRepository("https://github.com/owner/repo/tree/main/src")).hasValue("https://github.com/owner/repo");
        assertThat(Links.githubRepository("http://www.github.com/Owner/Repo.git")).hasValue("https://github.com/Owner/Repo");
        assertThat(Links.githubRepository("https://github.com/owner")).isEmpty();
        assertThat(Links.githubRepository("https://github.com/features/copilot")).isEmpty();
        assertThat(Links.githubRepository("https://leap-llm.github.io")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com.evil.example/owner/repo", "https://evil.example/github.com/owner/repo",
            "javascript:alert(1)//github.com/a/b", "file:///github.com/a/b", "ftp://github.com/a/b",
            "https://githüb.com/a/b", "https://user@github.com/a/b", "https://github.com:8443/a/b",
            "data:text/html,github.com/a/b"})
    void refusesLookAlikesAndOtherSchemes(String link) {
        assertThat(Links.githubRepository(link)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "mailto:a@b.c",
            "custom-app://open", "https:/no-host", ""})
    void onlyHttpAndHttpsAreWebLinks(String link) {
        assertThat(Links.isWebLink(link)).isFalse();
    }

    @Test
    void webLinks() {
        assertThat(Links.isWebLink("https://github.com/a/b")).isTrue();
        assertThat(Links.isWebLink("HTTP://example.org/x")).isTrue();
        assertThat(Links.isWebLink("https://example.org/" + "a".repeat(10_000))).isFalse();
    }

    @Test
    void findsWhatTheLinkPatternFindsWhenTriedAtEveryCharacter() {
        java.util.regex.Pattern url = java.util.regex.Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^]+",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        String[] pieces = {"http", "https", "HTTP", "hTtPs", "://", "x.org/a", " ", ")", "(", ".", ",", "s", "h",
            "\u017f", "//", ":", "a", "/b?u=", "<", "\n"};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            java.util.Set<String> expected = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = url.matcher(text);
            while (m.find()) {
                String u = Links.clean(m.group());
                if (u.length() > "https://".length() + 2) {
                    expected.add(u);
                }
            }
            assertThat(Links.find(text.toString())).as(text.toString()).containsExactlyElementsOf(expected);
        }
    }
}
