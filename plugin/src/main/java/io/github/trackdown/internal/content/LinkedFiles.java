package io.github.trackdown.internal.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * The files of a content folder that its Markdown links to or shows as images: only those are published.
 *
 * <p>A link is read as the renderer reads it: relative to the file it is written in, percent-decoded, without its
 * {@code #fragment}. Links to other sites, and links that leave the content folder, name no file.
 */
final class LinkedFiles {

    private static final Parser PARSER = Parser.builder().build();

    private LinkedFiles() {
    }

    /** The content paths that the documents' bodies link to. */
    static Set<String> of(Collection<SourceDocument> documents) {
        Set<String> linked = new HashSet<>();
        for (SourceDocument document : documents) {
            if (document.body().indexOf(']') < 0) {
                continue;
            }
            PARSER.parse(document.body()).accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    add(document.contentPath(), link.getDestination(), linked);
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    add(document.contentPath(), image.getDestination(), linked);
                    visitChildren(image);
                }
            });
        }
        return linked;
    }

    private static void add(String fromFile, String destination, Set<String> linked) {
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        if (path.isEmpty() || path.startsWith("/") || path.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return;
        }
        for (String file : hash < 0 ? new String[] {path} : new String[] {path, destination}) {
            // With a `#`, the link names a part of a file, or a file whose name has a `#`: `<chart #1.png>`.
            String resolved = resolve(fromFile, decode(file));
            if (resolved != null) {
                linked.add(resolved);
            }
        }
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** A link resolved against the folder of the file it is written in; {@code null} when it leaves the content. */
    private static String resolve(String fromFile, String link) {
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
