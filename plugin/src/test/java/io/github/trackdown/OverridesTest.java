package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracker's own {@code templates/} and {@code assets/} folders, beside {@code tracker.yml}. */
class OverridesTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void oneReviewOfOneRecommendation() {
        fixture = new TrackerFixture(project).standardTracker()
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Not yet assessed", "New");
    }

    @Test
    void aHeaderInTheTemplatesFolderReplacesTheBuiltInHeaderOnEveryPage() throws Exception {
        fixture.file("templates/header.mustache", """
                <header class="site-header"><div class="wrap">
                <a href="{{root}}index.html"><img src="{{root}}assets/logo.svg" alt="{{siteTitle}}"></a>
                </div></header>
                """);
        fixture.build();

        for (String page : List.of("index.html", "reviews/2024.html", "recommendations/r1.html")) {
            String html = fixture.page(page);
            String root = page.contains("/") ? "../" : "";
            assertTrue(html.contains("<img src=\"" + root + "assets/logo.svg\" alt=\"Test tracker\">"), html);
            assertFalse(html.contains("<p class=\"site-title\">"), "the built-in header is gone from " + page);
        }
    }

    @Test
    void everyBuiltInTemplateOverriddenWithAMarkerShowsItsMarkerInTheSite() throws Exception {
        // With an accessibility statement and abbreviations, so that their templates are drawn too.
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + DeclaredFieldsTest.FIELDS + """
                publisher: Test body
                contact: tracker@example.org
                accessibility:
                  lastChecked: 2025-01-31
                abbreviations:
                  CDDO: Central Digital and Data Office
                """)
                .recommendation(2024, "R2", "Checklists", "Processes", "Not yet assessed", "New")
                .review(2025)
                .file("2025/r1.md", DeclaredFieldsTest.recommendation("R1",
                        "agreed: 2025-03\nimpact: High\npriority: true\n"))
                .recommendation(2025, "R2", "Checklists", "Processes", "Some progress", "Retained");
        List<String> names;
        try (Stream<Path> files = Files.list(TemplateDocsTest.TEMPLATES)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            String builtIn = Files.readString(TemplateDocsTest.TEMPLATES.resolve(name));
            String marker = "<!-- overridden " + name + " -->";
            // A page template draws inside the layout's content block: text outside it would not be shown.
            int content = builtIn.startsWith("{{<layout}}") ? builtIn.indexOf("{{$content}}") : -1;
            String overridden = content < 0 ? marker + builtIn
                    : builtIn.substring(0, content + 12) + marker + builtIn.substring(content + 12);
            fixture.file("templates/" + name, overridden);
        }

        fixture.build();

        StringBuilder site = new StringBuilder();
        for (String file : fixture.siteFiles()) {
            if (file.endsWith(".html")) {
                site.append(fixture.page(file));
            }
        }
        // A portfolio's own templates are drawn only in a portfolio (PortfolioTest overrides them there).
        List<String> missing = names.stream().filter(name -> !name.startsWith("portfolio-"))
                .filter(name -> !site.toString().contains("<!-- overridden " + name + " -->")).toList();
        assertEquals(List.of(), missing);
        assertTrue(names.size() >= 25, "every built-in template was overridden: " + names);
    }

    @Test
    void templatesThatAreNotOverriddenStillComeFromThePlugin() throws Exception {
        fixture.file("templates/header.mustache", "<header>{{siteTitle}}</header>\n");
        fixture.build();

        String html = fixture.page("index.html");
        assertTrue(html.contains("<footer class=\"site-footer\">"), html);
        assertTrue(html.contains("<table class=\"matrix\""), html);
    }

    @Test
    void anOverrideMayIncludeAPartialOfItsOwn() throws Exception {
        fixture.file("templates/header.mustache", "<header>{{> logo}}</header>\n")
                .file("templates/logo.mustache", "<img class=\"logo\" src=\"{{root}}assets/logo.svg\" alt=\"\">\n");
        fixture.build();

        assertTrue(fixture.page("themes/people.html").contains("<header><img class=\"logo\" src=\"../assets/logo.svg\""),
                fixture.page("themes/people.html"));
    }

    @Test
    void theAssetsFolderIsPublishedAsItIsUnderTheSitesAssets() throws Exception {
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        fixture.file("assets/README.txt", "ignored? no: copied");
        Files.createDirectories(fixture.content().resolve("assets/images"));
        Files.write(fixture.content().resolve("assets/images/logo.png"), logo);
        Files.writeString(fixture.content().resolve("assets/.DS_Store"), "junk");
        fixture.build();

        assertArrayEquals(logo, Files.readAllBytes(fixture.site().resolve("assets/images/logo.png")));
        assertEquals("ignored? no: copied", fixture.page("assets/README.txt"));
        assertFalse(Files.exists(fixture.site().resolve("assets/.DS_Store")), "hidden files are left out");
        assertTrue(Files.exists(fixture.site().resolve("assets/style.css")), "built-in assets stay");
    }

    @Test
    void anAssetNamedLikeABuiltInOneReplacesIt() throws Exception {
        fixture.file("assets/style.css", "body { color: purple; }\n");
        fixture.build();

        assertEquals("body { color: purple; }\n", fixture.page("assets/style.css"));
    }

    @Test
    void aMistakeInAnOverrideTemplateIsReportedWithItsFileAndLine() {
        fixture.file("templates/header.mustache", """
                <header>
                {{#nav}}<a href="{{href}}">{{label}}</a>
                </header>
                """);

        List<String> problems = fixture.problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("src/tracker/templates/header.mustache:"), problems.get(0));
        assertTrue(problems.get(0).contains("a template could not be used"), problems.get(0));
    }

    @Test
    void aValueTheViewsDoNotHaveIsReportedInsteadOfRenderingEmpty() {
        fixture.file("templates/header.mustache", "<header>{{siteTittle}}</header>\n");

        List<String> problems = fixture.problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("siteTittle"), problems.get(0));
        assertTrue(problems.get(0).startsWith("src/tracker/templates/header.mustache"), problems.get(0));
    }
}
