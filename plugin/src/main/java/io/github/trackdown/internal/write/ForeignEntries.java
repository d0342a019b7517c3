package io.github.trackdown.internal.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Carries what other tools put in the output folder (files, folders, links, pipes) into the staging folder, so that
 * the new site replaces the old one in one step and keeps them.
 *
 * <p>Files are hard-linked, which copies no bytes and keeps their times; a file system without hard links gets a copy
 * (and a symbolic link a new link to the same place). Links are never followed. A file Trackdown now writes at the
 * same path replaces the other tool's, as it always did.
 */
final class ForeignEntries {

    private ForeignEntries() {
    }

    /**
     * Carries every entry of {@code live} that is not in {@code ours} into {@code staging}.
     *
     * @param ours the paths Trackdown wrote into {@code live}, relative, with {@code /}
     * @throws IOException when an entry cannot be carried; nothing is published then
     */
    static void carry(Path live, Path staging, Set<String> ours) throws IOException {
        Files.walkFileTree(live, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (folder.equals(live)) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = staging.resolve(live.relativize(folder).toString());
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    return FileVisitResult.CONTINUE;
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(folder.toString(), null, "another tool's folder is where"
                            + " the site now has a file; move the folder away");
                }
                Files.createDirectory(target);
                Files.setLastModifiedTime(target, attributes.lastModifiedTime());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = live.relativize(file).toString().replace('\\', '/');
                Path target = staging.resolve(path);
                if (!ours.contains(path) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    link(file, target, attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void link(Path file, Path target, BasicFileAttributes attributes) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (attributes.isSymbolicLink()) {
                Files.createSymbolicLink(target, Files.readSymbolicLink(file));
            } else if (attributes.isRegularFile()) {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            } else {
                throw new FileSystemException(file.toString(), null, "this entry of another tool cannot be kept"
                        + " in the new site (" + e.getMessage() + "); move it out of the output folder");
            }
        }
    }
}
