package io.github.trackdown.internal.content;

import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks a content folder and reads {@code tracker.yml} and every review year's Markdown files.
 *
 * <p>The layout: {@code tracker.yml} at the top, one folder per review year ({@code 2023/}, {@code 2024/}, ...),
 * each with {@code review.md} and one {@code .md} file per recommendation (the ending in any case, {@code .MD} too);
 * the other files of a year folder are published only when content links to them. Folders named in
 * {@link #RESERVED_FOLDERS} are left for other uses. Files are read in parallel; the result is in a fixed order.
 */
public final class ContentLoader {

    /** The largest file beside the Markdown files (an image, a document) accepted, in bytes: 20 MiB. */
    public static final long MAX_ATTACHMENT_BYTES = 20L << 20;

    /** The settings file's name inside the content folder. */
    public static final String TRACKER_FILE = "tracker.yml";

    /** The review file's name inside each year folder. */
    public static final String REVIEW_FILE = "review.md";

    /** Top-level folders that are not review years: templates and assets that override the built-in ones. */
    public static final Set<String> RESERVED_FOLDERS = Set.of("templates", "assets");

    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");

    private final Path contentDirectory;
    private final Path projectDirectory;
    private final Problems problems;
    private final YamlReader yaml;
    private final List<String> attachments = new ArrayList<>();
    /** The files beside the Markdown files, published only when content links to them. */
    private final List<Path> candidates = new ArrayList<>();
    private DocumentCache cache;
    private final java.util.Set<Path> read = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Creates a loader.
     *
     * @param contentDirectory the content folder
     * @param projectDirectory the folder that message paths are relative to
     * @param problems where to report what cannot be read
     */
    public ContentLoader(Path contentDirectory, Path projectDirectory, Problems problems) {
        this.contentDirectory = contentDirectory.toAbsolutePath().normalize();
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.problems = problems;
        this.yaml = new YamlReader(problems);
    }

    /** Reuses the files of the previous load that did not change, and keeps this load's; none by default. */
    public ContentLoader reuse(DocumentCache previous) {
        this.cache = previous;
        return this;
    }

    /** Reads the whole content folder; never throws for a content mistake, it reports it. */
    public LoadedContent load() {
        String trackerName = nameOf(contentDirectory.resolve(TRACKER_FILE));
        if (!Files.isDirectory(contentDirectory)) {
            problems.error(Position.of(nameOf(contentDirectory)), "the content folder does not exist;"
                    + " create it with a tracker.yml and one folder per review year");
            return new LoadedContent(trackerName, null, List.of(), List.of());
        }
        YamlValue settings = readSettings(trackerName);
        List<ReviewFolder> reviews = new ArrayList<>();
        for (Path child : list(contentDirectory)) {
            String name = child.getFileName().toString();
            if (!Files.isDirectory(child) || RESERVED_FOLDERS.contains(name) || name.startsWith(".")) {
                continue;
            }
            if (!isInside(child)) {
                continue;
            }
            if (!YEAR.matcher(name).matches()) {
                problems.error(Position.of(nameOf(child)), "the folder `" + name + "` is not a review year;"
                        + " name review folders by their year, such as `2024`");
                continue;
            }
            reviews.add(readReviewFolder(child, Integer.parseInt(name)));
        }
        if (reviews.isEmpty() && settings != null) {
            problems.error(Position.of(trackerName), "there is no review year folder (such as `2024/`)"
                    + " next to tracker.yml");
        }
        if (cache != null) {
            cache.keepOnly(read);
        }
        publishLinked(reviews);
        return new LoadedContent(trackerName, settings, reviews, attachments);
    }

    private YamlValue readSettings(String trackerName) {
        Path trackerFile = contentDirectory.resolve(TRACKER_FILE);
        if (!Files.isRegularFile(trackerFile)) {
            problems.error(Position.of(trackerName), "tracker.yml is missing; it names the site and lists"
                    + " the statuses, outcomes and themes");
            return null;
        }
        String text = TextFiles.read(trackerFile, trackerName, problems);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problems.error(Position.of(trackerName), "tracker.yml is empty");
            return null;
        }
        if (FrontMatter.onlyComments(text)) {
            problems.error(Position.of(trackerName, 1), "tracker.yml is only comments; it names the site and lists"
                    + " the statuses, outcomes and themes");
            return null;
        }
        return yaml.read(text, trackerName, 1);
    }

    private ReviewFolder readReviewFolder(Path folder, int year) {
        SourceDocument review = null;
        List<FoundFile> recommendationFiles = new ArrayList<>();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            long size = regularFileSize(file);
            if (size == NOT_A_FILE) {
                continue;
            }
            if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                candidates.add(file);
                continue;
            }
            if (name.equalsIgnoreCase(REVIEW_FILE)) {
                review = read(new FoundFile(file, size));
            } else {
                recommendationFiles.add(new FoundFile(file, size));
            }
        }
        if (review == null) {
            problems.error(Position.of(nameOf(folder)), "the review folder has no review.md;"
                    + " it gives the review's title, publication date and findings");
        }
        List<SourceDocument> recommendations = recommendationFiles.parallelStream().map(this::read).toList();
        return new ReviewFolder(year, review, recommendations);
    }

    /** A file of a review folder to read, with its size when it is known already. */
    private record FoundFile(Path path, long size) {
    }

    /** What {@link #regularFileSize} says of a path that is no file to read. */
    private static final long NOT_A_FILE = -2;

    /**
     * The size of a regular file of a review folder, asked of the file system once for a plain file (the costly
     * part of reading thousands of small files); {@link TextFiles#UNKNOWN_SIZE} for a symbolic link inside the content
     * folder that leads to one; {@link #NOT_A_FILE} for anything else: a folder, a link leading outside (reported),
     * a file that cannot be looked at.
     */
    private long regularFileSize(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return NOT_A_FILE;
        }
        if (attributes.isSymbolicLink()) {
            return isInside(file) && Files.isRegularFile(file) ? TextFiles.UNKNOWN_SIZE : NOT_A_FILE;
        }
        return attributes.isRegularFile() ? attributes.size() : NOT_A_FILE;
    }

    /**
     * Publishes the files beside the Markdown files that content links to; any other is left out with a warning
     * naming it (an editor's backup such as {@code r5.md~}, private notes), an error when the build is strict.
     */
    private void publishLinked(List<ReviewFolder> reviews) {
        if (candidates.isEmpty()) {
            return;
        }
        List<SourceDocument> documents = new ArrayList<>();
        for (ReviewFolder folder : reviews) {
            if (folder.review() != null) {
                documents.add(folder.review());
            }
            documents.addAll(folder.recommendations());
        }
        Set<String> linked = LinkedFiles.of(documents);
        for (Path file : candidates) {
            if (linked.contains(contentPathOf(file))) {
                addAttachment(file);
            } else {
                problems.warning(Position.of(nameOf(file)), "no content file links to this file, so it is not"
                        + " published; link to it from a recommendation or review, or move it out of the review"
                        + " folder");
            }
        }
    }

    private void addAttachment(Path file) {
        try {
            if (Files.size(file) > MAX_ATTACHMENT_BYTES) {
                problems.error(Position.of(nameOf(file)), "the file is larger than "
                        + (MAX_ATTACHMENT_BYTES >> 20) + " MiB; publish large documents elsewhere and link to them");
                return;
            }
        } catch (IOException e) {
            problems.error(Position.of(nameOf(file)), "the file cannot be read: " + e.getMessage());
            return;
        }
        attachments.add(contentPathOf(file));
    }

    private SourceDocument read(FoundFile found) {
        Path file = found.path();
        String name = nameOf(file);
        if (cache == null) {
            byte[] bytes = TextFiles.bytes(file, found.size(), name, problems);
            return bytes == null ? failed(file, name) : parse(file, name, bytes, problems, yaml);
        }
        read.add(file);
        Problems own = new Problems();
        byte[] bytes = TextFiles.bytes(file, found.size(), name, own);
        SourceDocument kept = bytes == null ? null : cache.get(file, bytes);
        if (kept != null) {
            return kept;
        }
        SourceDocument document = bytes == null ? failed(file, name)
                : parse(file, name, bytes, own, new YamlReader(own));
        own.sorted().forEach(problems::add);
        if (own.isEmpty()) {
            cache.keep(file, bytes, document);
        }
        return document;
    }

    private SourceDocument parse(Path file, String name, byte[] bytes, Problems problems, YamlReader yaml) {
        String text = TextFiles.decode(bytes, name, problems);
        if (text == null) {
            return failed(file, name);
        }
        return FrontMatter.split(text, name, contentPathOf(file), yaml, problems);
    }

    /** A document that could not be read (reported). */
    private SourceDocument failed(Path file, String name) {
        return new SourceDocument(name, contentPathOf(file), null, "", 1);
    }

    private String contentPathOf(Path file) {
        return contentDirectory.relativize(file).toString().replace('\\', '/');
    }

    /** Refuses, with a problem, a symbolic link that leads outside the content folder. */
    private boolean isInside(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            if (path.toRealPath().startsWith(contentDirectory.toRealPath())) {
                return true;
            }
        } catch (java.nio.file.FileSystemException e) {
            boolean loop = String.valueOf(e.getReason()).contains("levels of symbolic links");
            problems.error(Position.of(nameOf(path)), "this link leads to no file" + (loop ? " (it leads round in a"
                    + " circle of links)" : "") + "; point it at a file of the content folder, or remove it");
            return false;
        } catch (IOException e) {
            problems.error(Position.of(nameOf(path)), "this link cannot be followed: " + e.getMessage());
            return false;
        }
        problems.error(Position.of(nameOf(path)), "this is a link to a file outside the content folder;"
                + " copy the file in instead");
        return false;
    }

    private List<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.error(Position.of(nameOf(folder)), "the folder cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /** A path as messages show it: relative to the project folder when inside it, with {@code /}. */
    public String nameOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
