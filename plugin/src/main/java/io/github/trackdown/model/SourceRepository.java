package io.github.trackdown.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the tracker's content files live on GitHub, for "Edit this page" links.
 *
 * <p>Written in {@code tracker.yml} as {@code repository:}, {@code branch:} (defaults to {@code main}) and
 * {@code contentPath:}, the content folder's path inside the repository (defaults to {@code src/tracker};
 * {@code .} when the content folder is the repository's top folder).
 *
 * <pre>{@code
 * new SourceRepository("https://github.com/org/repo", "main", "site-content/src/tracker")
 *         .editUrl("2024/r1.md");
 * // https://github.com/org/repo/edit/main/site-content/src/tracker/2024/r1.md
 * }</pre>
 *
 * @param url the repository's address, such as {@code https://github.com/org/repo}, without a final {@code /}
 * @param branch the branch editors change, such as {@code main}
 * @param contentPath the content folder's path inside the repository, with {@code /} separators; empty for the
 *     repository's top folder
 */
public record SourceRepository(String url, String branch, String contentPath) {

    /** The branch used when {@code tracker.yml} names none. */
    public static final String DEFAULT_BRANCH = "main";

    /** The content folder's path used when {@code tracker.yml} names none: the plugin's default content folder. */
    public static final String DEFAULT_CONTENT_PATH = "src/tracker";

    public SourceRepository {
        Objects.requireNonNull(url);
        Objects.requireNonNull(branch);
        Objects.requireNonNull(contentPath);
    }

    /**
     * The address of GitHub's web editor for a content file.
     *
     * @param contentFile the file's path relative to the content folder, such as {@code 2024/r1.md}
     */
    public String editUrl(String contentFile) {
        String path = contentPath.isEmpty() ? contentFile : contentPath + "/" + contentFile;
        return url + "/edit/" + encodePath(branch) + "/" + encodePath(path);
    }

    /** Percent-encodes each segment of a {@code /}-separated path, keeping the separators. */
    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
