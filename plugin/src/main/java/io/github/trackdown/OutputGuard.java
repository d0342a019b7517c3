package io.github.trackdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps a build from writing its site over the content or the project. */
final class OutputGuard {

    private OutputGuard() {
    }

    /** Refuses an output folder whose replacement would destroy the content or the project. */
    static void refuseDangerousOutput(Path outputDirectory, Path contentDirectory, Path projectDirectory) {
        Path output = real(outputDirectory);
        if (contentDirectory.startsWith(outputDirectory) || projectDirectory.startsWith(outputDirectory)
                || outputDirectory.startsWith(contentDirectory) || real(contentDirectory).startsWith(output)
                || real(projectDirectory).startsWith(output) || output.startsWith(real(contentDirectory))) {
            throw new IllegalArgumentException("the output folder " + outputDirectory + " would overwrite the"
                    + " content or the project; choose a folder such as target/site");
        }
    }

    /** The folder a path leads to through any links, as far as it exists. */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }
}
