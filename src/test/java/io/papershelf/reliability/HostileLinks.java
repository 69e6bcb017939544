package io.papershelf.reliability;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.papershelf.TestFiles;

/**
 * Links no one should be sent to by a click on a paper: other schemes, look-alike GitHub hosts, and
 * addresses of 10 KB. A Papershelf JSON backup carrying them as links, repositories and project page,
 * and an abstract full of them, is the nastiest way to get them into a library.
 */
public final class HostileLinks {
    public static final String LONG_GITHUB = "https://github.com/owner/repo?q=" + "a".repeat(10_240);

    /** Never to be opened, whatever is clicked. */
    public static final List<String> NOT_WEB = List.of(
            "javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", " javascript:alert(1)",
            "javascript://github.com/%0Aalert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
            "file://github.com/owner/repo", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data:text/html,github.com/owner/repo", "papershelf://import?file=/etc/passwd", "ms-settings:privacy",
            "zoommtg://zoom.us/join?confno=1", "ftp://github.com/owner/repo", "mailto:owner@github.com",
            "https:/github.com/owner/repo", "//github.com/owner/repo", "https://githüb.com/owner/repo",
            "https://github.com/" + "a".repeat(10_240));

    /** Web addresses that may be opened as what they are, but never labelled or opened as GitHub. */
    public static final List<String> LOOK_ALIKES = List.of(
            "https://github.com.evil.example/owner/repo", "https://xn--githb-hva.com/owner/repo",
            "https://github.com@evil.example/owner/repo", "https://evil.example/github.com/owner/repo",
            "https://gitHub.co/owner/repo", "https://github.com:8443/owner/repo", "http://github.com.evil.example/owner/repo",
            "https://raw.githubusercontent.com.evil.example/owner/repo", LONG_GITHUB);

    private HostileLinks() {
    }

    public static List<String> all() {
        return java.util.stream.Stream.concat(NOT_WEB.stream(), LOOK_ALIKES.stream()).toList();
    }

    /** A Papershelf JSON backup with one paper that carries every hostile link everywhere a link can be. */
    public static Path backup(Path file) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = json.createObjectNode();
        doc.put("format", "papershelf");
        doc.put("version", 1);
        ObjectNode paper = doc.putArray("papers").addObject();
        paper.put("title", "A paper with hostile links");
        paper.put("abstract", "Code: " + String.join(" and ", all()) + ".");
        ArrayNode links = paper.putArray("links");
        all().forEach(links::add);
        ArrayNode repos = paper.putArray("githubUrls");
        all().forEach(repos::add);
        paper.put("projectPage", "javascript:alert('project')");
        try {
            return TestFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
