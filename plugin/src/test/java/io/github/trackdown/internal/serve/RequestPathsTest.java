package io.github.trackdown.internal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest
    @CsvSource({
        "/, index.html",
        "/index.html, index.html",
        "/reviews/2024.html, reviews/2024.html",
        "/themes/, themes/index.html",
        "/assets/my%20logo.svg, assets/my logo.svg",
        "/assets/r%C3%A9sum%C3%A9.pdf, assets/résumé.pdf",
        "/a+b.html, a+b.html",
        "/.nojekyll, .nojekyll",
    })
    void aPathOfTheSiteBecomesTheFileItNames(String request, String file) {
        assertEquals(Optional.of(file), RequestPaths.toSitePath(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "index.html", "/..", "/../x", "/a/../b", "/%2e%2e/x", "/%2E%2e/x", "/.%2E/x", "/a/%2e/b",
            "/a%2fb", "/a%2Fb", "/a\\b", "/a%5cb", "/a%5Cb", "/a//b", "/a%00b", "/a%0ab", "/%", "/%4", "/%zz",
            "/%c0%ae%c0%ae/x", "/%ff"})
    void aPathThatCouldLeadElsewhereOrIsMalformedIsRefused(String request) {
        assertEquals(Optional.empty(), RequestPaths.toSitePath(request));
    }

    @ParameterizedTest
    @CsvSource({
        "index.html, text/html; charset=utf-8",
        "assets/style.css, text/css; charset=utf-8",
        "assets/LOGO.PNG, image/png",
        "assets/logo.svg, image/svg+xml",
        "assets/font.woff2, font/woff2",
        ".nojekyll, application/octet-stream",
        "assets/data.unknown, application/octet-stream",
    })
    void eachFileHasTheContentTypeOfItsEnding(String path, String type) {
        assertEquals(type, ContentTypes.of(path));
    }
}
