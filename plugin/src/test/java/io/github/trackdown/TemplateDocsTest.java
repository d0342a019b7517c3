package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.internal.render.PartViews;
import io.github.trackdown.internal.render.Views;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's section on templates and assets: complete, and its worked example works. */
class TemplateDocsTest {

    static final Path README = Path.of("..", "README.md");
    static final Path TEMPLATES = Path.of("src", "main", "resources", "io", "github", "trackdown", "templates");

    @TempDir
    Path project;

    @Test
    void everyBuiltInTemplateHasARowInTheReadme() throws IOException {
        String section = templatesSection();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                if (!section.contains("| `" + file.getFileName() + "` |")) {
                    missing.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyValueTheViewsGiveTemplatesIsNamedInTheReadme() throws IOException {
        String section = templatesSection();
        List<String> missing = new ArrayList<>();
        List<Class<?>> views = new ArrayList<>(List.of(Views.class.getDeclaredClasses()));
        views.addAll(List.of(PartViews.class.getDeclaredClasses()));
        views.addAll(List.of(io.github.trackdown.internal.render.FollowupViews.class.getDeclaredClasses()));
        views.addAll(List.of(io.github.trackdown.internal.render.DefinitionViews.class.getDeclaredClasses()));
        for (Class<?> view : views) {
            for (RecordComponent value : view.getRecordComponents()) {
                if (!section.contains("`" + value.getName() + "`")) {
                    missing.add(view.getSimpleName() + "." + value.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theWorkedExamplePutsTheLogoInTheHeaderOfEveryPage() throws Exception {
        Matcher example = Pattern.compile("(?s)### Worked example: a logo in the header.*?```mustache\n(.*?)```")
                .matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertTrue(example.find(), "the README has the example");
        TrackerFixture fixture = new TrackerFixture(project).standardTracker()
                .file("tracker.yml", TrackerFixture.TRACKER_YML + "publisher: Office for Tests\n")
                .file("templates/header.mustache", example.group(1))
                .file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Not yet assessed", "New");

        fixture.build();

        assertTrue(fixture.page("index.html").contains("<img src=\"assets/logo.svg\" alt=\"\" width=\"48\" height=\"48\">"
                + " Test tracker</a>"), fixture.page("index.html"));
        assertTrue(fixture.page("reviews/2024.html").contains("<img src=\"../assets/logo.svg\""));
        assertTrue(fixture.page("index.html").contains("<p class=\"publisher\">Published by Office for Tests</p>"));
        assertTrue(fixture.siteFiles().contains("assets/logo.svg"));
        assertEquals(List.of(), SiteLinks.broken(fixture.site()));
    }

    private static String templatesSection() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## Changing the look: templates and assets");
        assertTrue(start >= 0, "the README has the section");
        return readme.substring(start, readme.indexOf("\n## ", start + 1));
    }
}
