package io.github.trackdown.internal.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes previous sites moved aside by a swap. One that cannot be removed (a file the system will not let go) is
 * renamed out of the way, so that the next swap can happen, and reported as a warning; every build tries again.
 */
final class Leftovers {

    private Leftovers() {
    }

    /**
     * Removes {@code old} and the leftovers of earlier builds beside it ({@code old} followed by {@code -1},
     * {@code -2}, ...).
     *
     * @param warnings where a leftover that could not be removed is reported
     */
    static void clear(Path old, List<String> warnings) {
        for (Path leftover : earlier(old)) {
            remove(leftover, warnings);
        }
        if (Files.exists(old) && !remove(old, warnings)) {
            for (int n = 1; n < 1_000; n++) {
                Path aside = old.resolveSibling(old.getFileName() + "-" + n);
                if (!Files.exists(aside)) {
                    try {
                        SiteWriter.move(old, aside);
                    } catch (IOException e) {
                        warnings.add("`" + old + "` cannot be moved out of the way: " + e.getMessage());
                    }
                    return;
                }
            }
        }
    }

    private static boolean remove(Path leftover, List<String> warnings) {
        try {
            Folders.deleteTree(leftover);
            return true;
        } catch (IOException e) {
            warnings.add("the previous site in `" + leftover + "` could not be removed (" + e
                    + "); the new site is published all the same, and the next build tries again");
            return false;
        }
    }

    private static List<Path> earlier(Path old) {
        String prefix = old.getFileName() + "-";
        List<Path> found = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(old.getParent())) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().substring(prefix.length()).matches("[0-9]+")).sorted()
                    .forEach(found::add);
        } catch (IOException e) {
            // No parent folder yet: nothing is left over.
        }
        return found;
    }
}
