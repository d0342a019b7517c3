package io.github.trackdown.internal.write;

import io.github.trackdown.Trackdown;
import java.nio.file.Path;

/**
 * Builds two trackers into one output folder in turn, for ever: the process {@link KilledPublishTest} kills.
 *
 * <p>Arguments: the first content folder, the second, the output folder. Prints {@code built N in M ms} after each
 * build.
 */
public final class BuildLoop {

    private BuildLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[2]);
        for (int n = 0; ; n++) {
            Path content = Path.of(args[n % 2]);
            long start = System.nanoTime();
            Trackdown.builder().contentDirectory(content).outputDirectory(output).projectDirectory(content.getParent())
                    .build().build();
            System.out.println("built " + n + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            System.out.flush();
        }
    }
}
