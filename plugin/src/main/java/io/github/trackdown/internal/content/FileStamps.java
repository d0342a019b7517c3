package io.github.trackdown.internal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The path, size and modification time of every file under some folders: equal stamps mean that, as far as the
 * file system can tell, no file was added, removed or edited in between. Taking them reads no file's content.
 *
 * @param entries one line per file, in the order the folders were walked
 */
public record FileStamps(List<String> entries) {

    /** Copies the entries. */
    public FileStamps {
        entries = List.copyOf(entries);
    }

    /** These stamps followed by others. */
    public FileStamps plus(FileStamps others) {
        List<String> all = new ArrayList<>(entries);
        all.addAll(others.entries);
        return new FileStamps(all);
    }

    /** The stamps of every file under the given folders; a folder that does not exist has none. */
    public static FileStamps of(List<Path> folders) {
        List<String> entries = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        entries.add(file + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        entries.add(file + "\tunreadable");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileStamps(entries);
    }
}
