package io.github.trackdown.model;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a link written in a content file's Markdown points at: the one reading of links that the check (which
 * reports links to no content file) and the renderer (which points them at pages) share.
 */
public final class ContentLinks {

    private ContentLinks() {
    }

    /**
     * A link to a file of the content folder.
     *
     * @param path the link's path as written, without its fragment
     * @param contentPath the file it leads to, relative to the content folder; {@code null} when it leaves the folder
     * @param fragment the link's {@code #fragment}, or empty
     */
    public record Target(String path, String contentPath, String fragment) {
    }

    /** Whether the destination runs a script or embeds data ({@code javascript:}, {@code vbscript:}, {@code data:}). */
    public static boolean isScript(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:");
    }

    /**
     * The content file a link written in {@code fromFile} leads to, or {@code null} when it is not a link to a file
     * (a web address, an absolute path, a fragment only). A link with a {@code #} leads to the file named by the
     * part before it, or, when only the whole link names a file ({@code chart #1.png} written as it is), to that file.
     *
     * @param exists whether a content path is a file of the content
     */
    public static Target target(String fromFile, String destination, Predicate<String> exists) {
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : destination.substring(hash);
        if (path.isEmpty() || isAbsolute(path)) {
            return null;
        }
        String file = resolve(fromFile, decode(path));
        if ((file == null || !exists.test(file)) && hash >= 0) {
            String whole = resolve(fromFile, decode(destination));
            if (whole != null && exists.test(whole)) {
                return new Target(destination, whole, "");
            }
        }
        return new Target(path, file, fragment);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static boolean isAbsolute(String path) {
        try {
            return URI.create(path.replace(" ", "%20")).getScheme() != null || path.startsWith("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Resolves a relative link against the folder of the file it is written in; {@code null} if it leaves it. */
    public static String resolve(String fromFile, String link) {
        String folder = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String part : (folder + link).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
