package io.github.trackdown.internal.write;

import io.github.trackdown.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a rendered site so that the output folder is never left half-written.
 *
 * <p>Every file is first written to a staging folder beside the output folder. Only when all are written
 * does the staging folder take the output folder's place, in two renames: the old site aside, the new one in. A
 * list of the files Trackdown wrote, {@value #MANIFEST}, is kept in the output folder: everything else in it (put
 * there by other tools: a {@code CNAME}, a {@code .git} folder, links, pipes, empty folders) is carried into the
 * staging folder through hard links before the swap, so it is never deleted and the swap stays one step. When the
 * output folder is a symbolic link to a folder, that folder is written and the link kept. A file whose bytes are the
 * same as the published file's at its path (up to 4 MiB) is not written again: the published file is kept, with
 * its modification time, through a hard link.
 *
 * <p>When the previous site cannot be removed after the swap, the new site is live all the same: the failure is a
 * {@linkplain Staging#warnings() warning}, and the next build removes what is left.
 */
public final class SiteWriter {

    /** The name of the list of files Trackdown wrote, kept in the output folder. */
    public static final String MANIFEST = ".trackdown-manifest";

    private static final String STAGING_SUFFIX = ".trackdown-staging";
    private static final String OLD_SUFFIX = ".trackdown-old";

    /** Files up to this size are compared with the published ones before being written. */
    private static final int COMPARED_BYTES = 4 << 20;

    /** The folder that is replaced: the output folder, or the folder it links to. */
    private final Path outputDirectory;

    /** Creates a writer for the given output folder. */
    public SiteWriter(Path outputDirectory) {
        this.outputDirectory = LiveFolder.of(outputDirectory.toAbsolutePath().normalize());
    }

    /**
     * Writes the files and publishes them in place of the previous site.
     *
     * @return how many files were written
     * @throws IOException when the files cannot be written; the previous site is then left as it was
     */
    public int write(List<OutputFile> files) throws IOException {
        try (Staging staging = stage()) {
            for (OutputFile file : files) {
                staging.add(file);
            }
            return staging.publish();
        }
    }

    /**
     * Starts a new site in a staging folder beside the output folder, so that files can be written as soon as
     * they are rendered. Nothing is published until {@link Staging#publish()}; closing an unpublished staging
     * folder deletes it and leaves the previous site as it was.
     */
    public Staging stage() throws IOException {
        restoreInterruptedSwap();
        List<String> warnings = new ArrayList<>();
        Leftovers.clear(sibling(OLD_SUFFIX), warnings);
        Path staging = sibling(STAGING_SUFFIX);
        Folders.deleteTree(staging);
        boolean parentExisted = Files.isDirectory(staging.getParent());
        Files.createDirectories(staging);
        return new Staging(staging, parentExisted, Files.isDirectory(outputDirectory) ? readManifest() : Set.of(),
                warnings);
    }

    /** A site being written into its staging folder. {@link #add} may be called from several threads at once. */
    public final class Staging implements AutoCloseable {
        private final Path folder;
        private final boolean parentExisted;
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        /** The files of the published site that Trackdown wrote: those a new file may be the same as. */
        private final Set<String> publishedFiles;
        private final List<String> warnings;
        private boolean published;

        private Staging(Path folder, boolean parentExisted, Set<String> publishedFiles, List<String> warnings) {
            this.folder = folder;
            this.parentExisted = parentExisted;
            this.publishedFiles = publishedFiles;
            this.warnings = warnings;
        }

        /**
         * What went wrong without harming the published site: a previous site or an earlier leftover that could not
         * be removed (the next build tries again). Empty when all went well.
         */
        public List<String> warnings() {
            return List.copyOf(warnings);
        }

        /** Writes one file into the staging folder. */
        public void add(OutputFile file) throws IOException {
            Path target = inside(folder, file.path());
            if (!written.add(file.path())) {
                throw new IllegalStateException("two pages would be written to " + file.path());
            }
            try {
                folders.computeIfAbsent(target.getParent(), parent -> {
                    try {
                        Files.createDirectories(parent);
                        return Boolean.TRUE;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Path previous = publishedFiles.contains(file.path()) ? inside(outputDirectory, file.path()) : null;
            try (SameOrWritten out = new SameOrWritten(target, previous)) {
                file.writeTo(out);
            } catch (RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                }
                throw e;
            }
        }

        /**
         * Publishes the staged files in place of the previous site.
         *
         * @return how many files were written
         */
        public int publish() throws IOException {
            Set<String> sorted = new TreeSet<>(written);
            Files.writeString(folder.resolve(MANIFEST), String.join("\n", sorted) + "\n", StandardCharsets.UTF_8);
            SiteWriter.this.publish(folder, sorted, warnings);
            published = true;
            return sorted.size();
        }

        /** Deletes the staging folder unless it was published. */
        @Override
        public void close() throws IOException {
            if (published) {
                return;
            }
            Folders.deleteTree(folder);
            Path parent = folder.getParent();
            if (!parentExisted) {
                try (Stream<Path> children = Files.list(parent)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(parent);
                    }
                }
            }
        }
    }

    /**
     * Where a staged file is written: when the published site has a file at the same path, the content is held (up
     * to {@value #COMPARED_BYTES} bytes) and compared with it, and an equal file is kept, hard-linked into the
     * staging folder, instead of being written again; larger or different content is written. A file system
     * without hard links gets a copy.
     */
    private static final class SameOrWritten extends OutputStream {
        private final Path target;
        private final Path previous;
        private java.io.ByteArrayOutputStream held;
        private OutputStream file;

        SameOrWritten(Path target, Path previous) throws IOException {
            this.target = target;
            this.previous = previous;
            if (previous == null) {
                file = newFile(target);
            } else {
                held = new java.io.ByteArrayOutputStream(8192);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (file == null && held.size() + (long) length > COMPARED_BYTES) {
                file = newFile(target);
                held.writeTo(file);
                held = null;
            }
            if (file != null) {
                file.write(bytes, offset, length);
            } else {
                held.write(bytes, offset, length);
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
                return;
            }
            byte[] content = held.toByteArray();
            held = null;
            if (sameAsPrevious(content)) {
                try {
                    Files.createLink(target, previous);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    Files.deleteIfExists(target);
                }
            }
            Files.write(target, content);
        }

        /** A new file, written in large blocks: a streamed file comes in small pieces. */
        private static OutputStream newFile(Path target) throws IOException {
            return new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        }

        private boolean sameAsPrevious(byte[] content) {
            try {
                return Files.isRegularFile(previous, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.size(previous) == content.length
                        && java.util.Arrays.equals(Files.readAllBytes(previous), content);
            } catch (IOException e) {
                return false;
            }
        }
    }

    private void publish(Path staging, Set<String> written, List<String> warnings) throws IOException {
        if (!Files.exists(outputDirectory)) {
            Files.createDirectories(outputDirectory.getParent());
            move(staging, outputDirectory);
            return;
        }
        Set<String> ours = new TreeSet<>(readManifest());
        ours.add(MANIFEST);
        ForeignEntries.carry(outputDirectory, staging, ours);
        Path old = sibling(OLD_SUFFIX);
        move(outputDirectory, old);
        move(staging, outputDirectory);
        Leftovers.clear(old, warnings);
    }

    /** Puts the previous site back when an earlier run stopped between moving it aside and moving the new one in. */
    private void restoreInterruptedSwap() throws IOException {
        Path old = sibling(OLD_SUFFIX);
        if (Files.exists(old) && !Files.exists(outputDirectory)) {
            move(old, outputDirectory);
        }
    }

    private Set<String> readManifest() throws IOException {
        Path manifest = outputDirectory.resolve(MANIFEST);
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    paths.add(line.strip());
                }
            }
        }
        return paths;
    }

    private Path sibling(String suffix) {
        return outputDirectory.resolveSibling(outputDirectory.getFileName() + suffix);
    }

    /** Resolves a site path inside a folder, refusing any path that would lead out of it. */
    static Path inside(Path folder, String path) {
        Path resolved = folder.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !resolved.startsWith(folder)
                || resolved.equals(folder)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + path);
        }
        return resolved;
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
