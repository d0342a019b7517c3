package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's shape: render depends on neither content nor check, and no main class grows past 400 lines. */
class EngineShapeTest {

    static final Path MAIN = Path.of("src", "main", "java", "io", "github", "trackdown");

    @Test
    void renderImportsNeitherContentNorCheck() throws IOException {
        List<String> leaks;
        try (Stream<Path> files = Files.walk(MAIN.resolve("internal").resolve("render"))) {
            leaks = files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> lines(file).stream()
                    .filter(line -> line.matches("import io\\.github\\.trackdown\\.internal\\.(content|check)\\..*|.*"
                            + "io\\.github\\.trackdown\\.internal\\.(content|check)\\.[A-Z].*"))
                    .map(line -> file.getFileName() + ": " + line.strip())).toList();
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void noMainClassIsLongerThan400Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java")).filter(file -> lines(file).size() > 400)
                    .map(file -> file.getFileName() + ": " + lines(file).size()).toList();
        }
        assertEquals(List.of(), tooLong);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
