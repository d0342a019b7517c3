package io.github.trackdown.internal.render;

import io.github.trackdown.internal.opendata.TextForms;
import io.github.trackdown.model.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
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
 * file, such as {@code [R3](r3.md)} or {@code ../2023/r3.md}, is rewritten to the page built from that file
 * (a link that leads to no content file is left as written: the check stage reports it). Addresses of files are
 * percent-encoded, so that {@code chart #1.png} is reached. A table goes in a box
 * page depth and the result reused. Thread-safe.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PageLinks links;
    private final Map<ThisMarkdown, String> cache = new ConcurrentHashMap<>();
    /** The readings kept, by their Markdown text. */
    private final Map<String, TextReading> readings = new ConcurrentHashMap<>();
    /**
     * The most parsed documents the readings keep at once, {@value}, so that a tracker's thousands of wordings are
     * not all held between the data table and their pages: past it, a reading parses its text each time it needs it.
     */
    static final int KEPT_DOCUMENTS = 2_048;
    private final AtomicInteger keptDocuments = new AtomicInteger();
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
     */
    public MarkdownRenderer(boolean allowRawHtml, Function<String, String> pageOfContentFile) {
        List<Extension> extensions = List.of(TablesExtension.create());
        // The source spans of blocks cost little, and give the comments' unwrapped form from the same reading.
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(!allowRawHtml).sanitizeUrls(true)
                .nodeRendererFactory(TableScrollRenderer::new).nodeRendererFactory(MarkdownTextRenderer::new).build();
        this.links = new PageLinks(pageOfContentFile);
    }

    /**
     * Points links that leave the content folder at pages beside the site, such as another report's of a portfolio;
     * by default they are left as written.
     *
     * @param pageBeyond from the content path of the file a link is written in and the link's decoded path, the
     *     page or section it leads to, relative to this site's root (such as
     *     {@code ../other-report/recommendations/r1.html#y2024}); {@code null} for none
     */
    public void pagesBeyond(BiFunction<String, String, String> pageBeyond) {
        links.pagesBeyond(pageBeyond);
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
     * Converts Markdown to HTML as {@link #toHtml} does, and when that reads the Markdown, puts its plain and
     * unwrapped forms ({@link TextForms#forms}, from the same reading) in {@code forms}; a conversion kept from an
     * earlier build puts nothing there.
     */
    public String toHtml(Markdown markdown, String root, Map<Markdown, TextForms.Forms> forms) {
        if (markdown.isBlank()) {
            return "";
        }
        return cache.computeIfAbsent(new ThisMarkdown(root, markdown), k -> convertOrReuse(markdown, root, forms));
    }

    /**
     * The reading of a Markdown text, shared by every piece of Markdown with the same text (a wording kept from one
     * review to the next, say): its forms for the data, its reader text and its HTML, from one parse; kept until
     * {@linkplain #release(Markdown) released}.
     */
    TextReading reading(Markdown markdown) {
        return readings.computeIfAbsent(markdown.source(), source -> new TextReading(this, source));
    }

    /**
     * Lets go of the reading of the Markdown's text, when one is kept: a later {@link #reading(Markdown)} reads the
     * text again.
     */
    void release(Markdown markdown) {
        TextReading reading = readings.remove(markdown.source());
        if (reading != null && reading.dropDocument()) {
            keptDocuments.decrementAndGet();
        }
    }

    /** Whether a reading may keep one more parsed document; if so, it is counted until released. */
    boolean mayKeepDocument() {
        if (keptDocuments.incrementAndGet() <= KEPT_DOCUMENTS) {
            return true;
        }
        keptDocuments.decrementAndGet();
        return false;
    }

    /** The number of parsed documents the readings keep. */
    int keptDocuments() {
        return keptDocuments.get();
    }

    /** Reads Markdown text as the site does: GitHub tables, and the source spans of blocks. */
    Node parse(String source) {
        return parser.parse(source);
    }

    /**
     * The HTML of a document parsed from the Markdown's text, as {@link #toHtml(Markdown, String)} gives it (or
     * kept from an earlier build); the document is left as it was, for the next reading of it.
     */
    String htmlLeavingDocument(Node document, Markdown markdown, String root) {
        CacheKey key = shared == null ? null : new CacheKey(root, markdown);
        String kept = key == null ? null : shared.markdown(key);
        if (kept != null) {
            return kept;
        }
        LinkRewriter links = new LinkRewriter(markdown, root);
        document.accept(links);
        List<TableScroll> boxes = wrapTables(document);
        try {
            String html = renderer.render(document);
            if (key != null) {
                shared.keepMarkdown(key, html);
            }
            return html;
        } finally {
            links.restore();
            for (TableScroll box : boxes) {
                box.insertBefore(box.getFirstChild());
                box.unlink();
            }
        }
    }

    /**
     * The words a reader sees of the Markdown, without its syntax and without the addresses of links and images: the
     * text of every paragraph, heading, list item and table cell, one space between each and every run of white
     * space one space. What a change of wording is compared on.
     */
    public String readerText(Markdown markdown) {
        return markdown.isBlank() ? "" : readerText(parser.parse(markdown.source()));
    }

    static String readerText(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.FencedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(org.commonmark.node.IndentedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof org.commonmark.node.Block || parent instanceof CustomBlock
                        || parent instanceof org.commonmark.ext.gfm.tables.TableCell) {
                    text.append(' ');
                }
            }
        });
        return io.github.trackdown.model.Spaces.collapse(text.toString()).strip();
    }

    private String convertOrReuse(Markdown markdown, String root) {
        return convertOrReuse(markdown, root, null);
    }

    private String convertOrReuse(Markdown markdown, String root, Map<Markdown, TextForms.Forms> forms) {
        if (shared == null) {
            return convert(markdown, root, null, forms);
        }
        CacheKey key = new CacheKey(root, markdown);
        String html = shared.markdown(key);
        return html != null ? html : convert(markdown, root, key, forms);
    }

    /**
     * Converts; keeps the result in the shared cache under {@code key} when there is one, and the plain and
     * unwrapped forms in {@code forms} when given.
     */
    private String convert(Markdown markdown, String root, CacheKey key, Map<Markdown, TextForms.Forms> forms) {
        Node document = parser.parse(markdown.source());
        if (forms != null) {
            forms.put(markdown, TextForms.forms(document, markdown.source()));
        }
        return render(document, markdown, root, key);
    }

    /**
     * The HTML of parsed Markdown, as {@link #convert} gives it, with its links pointed at pages; kept in the shared
     * cache under {@code key} when there is one.
     */
    private String render(Node document, Markdown markdown, String root, CacheKey key) {
        document.accept(new LinkRewriter(markdown, root));
        wrapTables(document);
        String html = renderer.render(document);
        if (key != null) {
            shared.keepMarkdown(key, html);
        }
        return html;
    }

    /** Puts every table in a {@link TableScroll} box; the boxes, in the order of their tables. */
    private static List<TableScroll> wrapTables(Node document) {
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
        List<TableScroll> boxes = new ArrayList<>(tables.size());
        for (TableBlock table : tables) {
            TableScroll box = new TableScroll();
            table.insertBefore(box);
            box.appendChild(table);
            boxes.add(box);
        }
        return boxes;
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

    /**
     * Points every link and image to a content file at the page built from it; {@link #restore()} puts back the
     * addresses as written.
     */
    private final class LinkRewriter extends AbstractVisitor {
        private final Markdown markdown;
        private final String root;
        private final List<Node> changed = new ArrayList<>();
        private final List<String> written = new ArrayList<>();

        LinkRewriter(Markdown markdown, String root) {
            this.markdown = markdown;
            this.root = root;
        }

        @Override
        public void visit(Link link) {
            changed.add(link);
            written.add(link.getDestination());
            link.setDestination(rewrite(link.getDestination()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            changed.add(image);
            written.add(image.getDestination());
            image.setDestination(rewrite(image.getDestination()));
            visitChildren(image);
        }

        /** Gives every link and image visited its address as written back. */
        void restore() {
            for (int i = 0; i < changed.size(); i++) {
                if (changed.get(i) instanceof Link link) {
                    link.setDestination(written.get(i));
                } else {
                    ((Image) changed.get(i)).setDestination(written.get(i));
                }
            }
        }

        private String rewrite(String destination) {
            return links.pointed(markdown.file(), destination, root);
        }
    }
}
