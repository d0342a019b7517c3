package io.github.trackdown.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every editor mistake in {@code bad-inputs.txt} is reported with its exact message, file, line and column.
 */
class BadInputCorpusTest {

    static final String CORPUS = "bad-inputs.txt";

    @TempDir
    Path folder;

    @Test
    void theCorpusHasAtLeastFortyMistakes() {
        assertTrue(cases().size() >= 40, "cases: " + cases().size());
    }

    @TestFactory
    Stream<DynamicTest> eachMistakeIsReportedExactly() {
        return cases().stream().map(mistake -> DynamicTest.dynamicTest(mistake.title(), () -> {
            Path project = Files.createTempDirectory(folder, "case");
            TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project);
            for (Map.Entry<String, String> file : mistake.files().entrySet()) {
                fixture.file(file.getKey(), file.getValue());
            }
            for (String deleted : mistake.deleted()) {
                Files.delete(fixture.content().resolve(deleted));
            }
            assertEquals(mistake.problems(), fixture.problems());
        }));
    }

    /** One mistake: the files it writes over the valid tracker, those it deletes, and the problems expected. */
    record Mistake(String title, Map<String, String> files, List<String> deleted, List<String> problems) {
    }

    static List<Mistake> cases() {
        List<Mistake> cases = new ArrayList<>();
        String title = null;
        Map<String, String> files = new LinkedHashMap<>();
        List<String> deleted = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String section = null;
        StringBuilder text = new StringBuilder();
        for (String line : read().split("\n", -1)) {
            boolean caseStart = line.startsWith("## ") && !"file".equals(kind(section));
            if (caseStart || line.startsWith("=== ")) {
                if (section != null && kind(section).equals("file")) {
                    files.put(section.substring("=== ".length()), text.toString());
                }
                text.setLength(0);
            }
            if (caseStart) {
                if (title != null) {
                    cases.add(new Mistake(title, files, deleted, problems));
                }
                title = line.substring(3);
                files = new LinkedHashMap<>();
                deleted = new ArrayList<>();
                problems = new ArrayList<>();
                section = null;
            } else if (line.startsWith("=== delete ")) {
                deleted.add(line.substring("=== delete ".length()));
                section = null;
            } else if (line.startsWith("=== ")) {
                section = line;
            } else if ("problems".equals(kind(section))) {
                if (!line.isBlank()) {
                    problems.add(line);
                }
            } else if ("file".equals(kind(section))) {
                text.append(line).append('\n');
            }
        }
        if (title != null) {
            cases.add(new Mistake(title, files, deleted, problems));
        }
        return cases;
    }

    private static String kind(String section) {
        if (section == null) {
            return "none";
        }
        return section.equals("=== problems") ? "problems" : "file";
    }

    private static String read() {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
