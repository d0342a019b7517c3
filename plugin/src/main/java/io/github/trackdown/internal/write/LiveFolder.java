package io.github.trackdown.internal.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a site is published in: the output folder itself or, when the output folder is a symbolic link (such as
 * a {@code gh-pages} checkout linked as {@code target/site}), the folder it leads to, so that the link is kept and the
 * folder it leads to is updated.
 */
final class LiveFolder {

    private LiveFolder() {
    }

    /** The folder to write for an absolute, normalised output folder. */
    static Path of(Path outputDirectory) {
        if (!Files.isSymbolicLink(outputDirectory)) {
            return outputDirectory;
        }
        try {
            Path target = outputDirectory.resolveSibling(Files.readSymbolicLink(outputDirectory)).normalize();
            return Files.isDirectory(target) ? target.toRealPath() : target;
        } catch (IOException e) {
            return outputDirectory;
        }
    }
}
