package io.github.trackdown.render;

import io.github.trackdown.model.Markdown;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns editors' Markdown into HTML with commonmark-java and GitHub-style tables.
 *
 * <p>Raw HTML is shown as text unless the tracker allows it (defaults to not allowed), and links to
 * {@code javascript:}, {@code vbscript:} and {@code data:} addresses are dropped. A link to another content
 * file, such as {@code [R3](r3.md)} or {@code ../2023/r3.md}, is rewritten to the page built from that file;
 * a link to a content file that does not exist is reported. Addresses of files are percent-encoded, so that
 * {@code chart #1.png} is reached. A table goes in a box that scrolls sideways, and
 * can be scrolled with the keyboard, when it is wider than the screen. Each piece of Markdown is converted once per
 * page depth and the result reused. Thread-safe.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final Parser positionedParser;
    private final HtmlRenderer renderer;
    private final Function<String, String> pageOfContentFile;
    private final Function<String, String> displayName;
    private final Problems problems;
    private final Map<ThisMarkdown, String> cache = new ConcurrentHashMap<>();
    private RenderCache shared;

    /** A cache key that refers to the Markdown instead of copying its text; its hash is the text's cached hash. */
    private record CacheKey(String root, Markdown markdown) {
    }

    /**
     * A key for this build's conversions: this very piece of Markdown (each is loaded once per build), so that its
     * text need not be hashed.
     */
    private record ThisMarkdown(String root, Markdown markdown) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ThisMarkdown key && key.markdown == markdown && key.root.equals(root);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(markdown) * 31 + root.hashCode();
        }
    }

    /**
     * Creates a renderer.
     *
     * @param allowRawHtml whether HTML written in Markdown is passed through; defaults to {@code false}
     * @param pageOfContentFile the site path of the page built from a content path, or {@code null} for none
     * @param displayName the name of a content path in messages
     * @param problems where broken links are reported
     */
    public MarkdownRenderer(boolean allowRawHtml, Function<String, String> pageOfContentFile,
            Function<String, String> displayName, Problems problems) {
        List<Extension> extensions = List.of(TablesExtension.create());
        // Source positions cost a third of parsing; they are only needed to say where a broken link is, so
        // Markdown is parsed without them, and again with them only when it has a broken link.
        this.parser = Parser.builder().extensions(extensions).build();
        this.positionedParser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(!allowRawHtml).sanitizeUrls(true)
                .nodeRendererFactory(TableScrollRenderer::new).build();
        this.pageOfContentFile = pageOfContentFile;
        this.displayName = displayName;
        this.problems = problems;
    }

    /** Reuses conversions of earlier builds from the given cache, and keeps this build's there; none by default. */
    void reuse(RenderCache cache) {
        this.shared = cache;
    }

    /**
     * Converts Markdown to HTML for a page whose path back to the site root is {@code root}.
     *
     * @param root {@code ""} for a page at the top of the site, {@code "../"} for one a folder down
     */
    public String toHtml(Markdown markdown, String root) {
        if (markdown.isBlank()) {
            return "";
        }
        return cache.computeIfAbsent(new ThisMarkdown(root, markdown), k -> convertOrReuse(markdown, root));
    }

    /**
     * Converts Markdown that is shown on one page only, such as a recommendation's wording, without keeping the
     * result: the cache would only hold it until the end of the build.
     */
    public String toHtmlOnce(Markdown markdown, String root) {
        return markdown.isBlank() ? "" : convertOrReuse(markdown, root);
    }

    private String convertOrReuse(Markdown markdown, String root) {
        if (shared == null) {
            return convert(markdown, root, null);
        }
        CacheKey key = new CacheKey(root, markdown);
        String html = shared.markdown(key);
        return html != null ? html : convert(markdown, root, key);
    }

    /** Converts; keeps the result in the shared cache under {@code key} when there is one and no link was broken. */
    private String convert(Markdown markdown, String root, CacheKey key) {
        Node document = parser.parse(markdown.source());
        boolean broken = rewriteLinks(document, markdown, root);
        if (broken) {
            document = positionedParser.parse(markdown.source());
            document.accept(new LinkRewriter(markdown, root, true));
        }
        wrapTables(document);
        String html = renderer.render(document);
        if (key != null && !broken) {
            shared.keepMarkdown(key, html);
        }
        return html;
    }

    /**
     * Reports every link and image in the Markdown that leads to no content file, as converting it would, without
     * converting it. Markdown without a {@code ]} has no links or images to check, and is not parsed.
     */
    public void checkLinks(Markdown markdown) {
        if (hasNoLinks(markdown)) {
            return;
        }
        if (rewriteLinks(parser.parse(markdown.source()), markdown, "")) {
            positionedParser.parse(markdown.source()).accept(new LinkRewriter(markdown, "", true));
        }
    }

    /**
     * Whether the Markdown certainly has no link or image (it has no {@code ]}), so that its HTML does not depend on
     * the file it is written in.
     */
    public static boolean hasNoLinks(Markdown markdown) {
        return markdown.source().indexOf(']') < 0;
    }

    /** Rewrites the links of a parsed document, reporting nothing; whether a link was broken. */
    private boolean rewriteLinks(Node document, Markdown markdown, String root) {
        LinkRewriter links = new LinkRewriter(markdown, root, false);
        document.accept(links);
        return links.broken;
    }

    /** Puts every table in a {@link TableScroll} box. */
    private static void wrapTables(Node document) {
        List<TableBlock> tables = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                } else {
                    visitChildren(block);
                }
            }
        });
        for (TableBlock table : tables) {
            TableScroll box = new TableScroll();
            table.insertBefore(box);
            box.appendChild(table);
        }
    }

    /** A box around a table, as the site's own tables have, that scrolls sideways on narrow screens. */
    private static final class TableScroll extends CustomBlock {
    }

    /** Writes a {@link TableScroll} as a focusable, named region, so keyboard users can scroll it too. */
    private static final class TableScrollRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        TableScrollRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableScroll.class);
        }

        @Override
        public void render(Node node) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "table-scroll");
            attributes.put("role", "region");
            attributes.put("aria-label", "Table");
            attributes.put("tabindex", "0");
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("div", attributes);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
            html.line();
        }
    }

    private final class LinkRewriter extends AbstractVisitor {
        private final Markdown markdown;
        private final String root;
        private final boolean report;
        private boolean broken;

        LinkRewriter(Markdown markdown, String root, boolean report) {
            this.markdown = markdown;
            this.root = root;
            this.report = report;
        }

        @Override
        public void visit(Link link) {
            link.setDestination(rewrite(link.getDestination(), link));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(rewrite(image.getDestination(), image));
            visitChildren(image);
        }

        private String rewrite(String destination, Node node) {
            String lower = destination.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:")) {
                return "";
            }
            int hash = destination.indexOf('#');
            String path = hash < 0 ? destination : destination.substring(0, hash);
            String fragment = hash < 0 ? "" : destination.substring(hash);
            if (path.isEmpty() || isAbsolute(path)) {
                return destination;
            }
            String target = resolve(markdown.file(), decode(path));
            String page = target == null ? null : pageOfContentFile.apply(target);
            if (page == null && hash >= 0) {
                // A file whose name has a `#`, written as it is: `<chart #1.png>`.
                String whole = resolve(markdown.file(), decode(destination));
                if (whole != null && pageOfContentFile.apply(whole) != null) {
                    target = whole;
                    page = pageOfContentFile.apply(whole);
                    fragment = "";
                }
            }
            if (page == null && !report) {
                broken = true;
                return destination;
            }
            if (page == null) {
                List<SourceSpan> spans = node.getSourceSpans();
                int line = markdown.line() + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
                int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
                String message = path.toLowerCase(Locale.ROOT).endsWith(".md")
                        ? "the link to `" + path + "` leads to no content file; check the file name and folder"
                        : "the " + (node instanceof Image ? "image" : "link target") + " `" + path + "` is not in"
                                + " the content folder; put the file in the review's folder, next to this file";
                problems.error(new Position(displayName.apply(markdown.file()), line, column), message);
                return destination;
            }
            // A page built from a Markdown file may name a section of it; any other file's name is all path.
            int section = target.toLowerCase(Locale.ROOT).endsWith(".md") ? page.indexOf('#') : -1;
            return section < 0 ? root + UrlPaths.encode(page) + fragment
                    : root + UrlPaths.encode(page.substring(0, section)) + page.substring(section);
        }
    }

    private static String decode(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
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

    /** Resolves a relative link against the folder of the file it is written in; {@code null} if it leaves the content. */
    static String resolve(String fromFile, String link) {
        String folder = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
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
