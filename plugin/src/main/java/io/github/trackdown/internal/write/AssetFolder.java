package io.github.trackdown.internal.write;

import io.github.trackdown.OutputFile;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a tracker's own {@code assets/} folder, whose files are published as they are under the site's
 * {@code assets/}.
 *
 * <p>Sub-folders are kept. Files whose name starts with {@code .} (such as {@code .DS_Store}) are left out, and so
 * is anything a symbolic link leads to outside the folder (reported). A file with the same name as a built-in
 * asset, such as {@code style.css}, replaces it.
 */
public final class AssetFolder {

    /** The folder's name beside {@code tracker.yml}, and the site folder its files go to. */
    public static final String NAME = "assets";

    private AssetFolder() {
    }

    /**
     * Reads every file of the folder.
     *
     * @param folder the assets folder; nothing is read when it does not exist
     * @param displayName the name of a path in messages
     * @param problems where unreadable files are reported
     * @return the files, with site paths such as {@code assets/logo.svg}, in path order
     */
    public static List<OutputFile> read(Path folder, java.util.function.Function<Path, String> displayName,
            Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Path root;
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            root = folder.toRealPath();
            files = all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.error(Position.of(displayName.apply(folder)), "the assets folder cannot be read: "
                    + e.getMessage());
            return List.of();
        }
        List<OutputFile> assets = new ArrayList<>();
        for (Path file : files) {
            Path relative = folder.relativize(file);
            if (hidden(relative)) {
                continue;
            }
            String name = displayName.apply(file);
            String path = relative.toString().replace(java.io.File.separatorChar, '/');
            try {
                if (!file.toRealPath().startsWith(root)) {
                    problems.error(Position.of(name), "this is a link to a file outside the assets folder;"
                            + " copy the file in instead");
                    continue;
                }
                if (path.contains("\\")) {
                    problems.error(Position.of(name), "an asset's name may not contain `\\`; rename the file");
                    continue;
                }
                assets.add(new OutputFile(NAME + "/" + path, Files.readAllBytes(file)));
            } catch (IOException e) {
                problems.error(Position.of(name), "the file cannot be read: " + e.getMessage());
            }
        }
        return assets;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
