package io.github.trackdown.internal.render;

import io.github.trackdown.internal.opendata.TextForms;
import io.github.trackdown.model.Markdown;
import org.commonmark.node.Node;

/**
 * One reading of a Markdown text, shared by every piece of Markdown that has this text: a recommendation's wording
 * is usually kept from one review to the next, and its page, its reader text (what a change of wording is compared
 * on) and the data's plain and unwrapped forms are all worked out from one parse of it.
 *
 * <p>Each result is worked out when first asked for, and kept; so is the parsed document, up to
 * {@link MarkdownRenderer#KEPT_DOCUMENTS} for all readings at once. It is kept as written: the HTML for
 * a piece of Markdown points its links from that Markdown's own file ({@link MarkdownRenderer#htmlLeavingDocument}),
 * so the same text read from two files may give two pages different HTML. Thread-safe.
 */
final class TextReading {

    private final MarkdownRenderer renderer;
    private final String source;
    private Node document;
    private TextForms.Forms forms;
    private String readerText;

    TextReading(MarkdownRenderer renderer, String source) {
        this.renderer = renderer;
        this.source = source;
    }

    /** The plain and unwrapped forms, as {@link TextForms#forms(Markdown)} gives them. */
    synchronized TextForms.Forms forms() {
        if (forms == null) {
            forms = source.isBlank() ? new TextForms.Forms("", "") : TextForms.forms(document(), source);
        }
        return forms;
    }

    /** The words a reader sees, as {@link MarkdownRenderer#readerText(Markdown)} gives them. */
    synchronized String readerText() {
        if (readerText == null) {
            readerText = source.isBlank() ? "" : MarkdownRenderer.readerText(document());
        }
        return readerText;
    }

    /**
     * The HTML of a piece of Markdown with this text, for a page whose path back to the site root is {@code root},
     * as {@link MarkdownRenderer#toHtml(Markdown, String)} gives it.
     *
     * @throws IllegalArgumentException when the Markdown has another text
     */
    synchronized String html(Markdown markdown, String root) {
        if (markdown.source() != source && !markdown.source().equals(source)) {
            throw new IllegalArgumentException("the reading of another text: " + markdown.file());
        }
        return source.isBlank() ? "" : renderer.htmlLeavingDocument(document(), markdown, root);
    }

    /** Lets go of the parsed document; whether one was kept. */
    synchronized boolean dropDocument() {
        boolean kept = document != null;
        document = null;
        return kept;
    }

    /** The parsed document: kept when the renderer allows one more, else parsed again each time. */
    private Node document() {
        if (document != null) {
            return document;
        }
        Node parsed = renderer.parse(source);
        if (renderer.mayKeepDocument()) {
            document = parsed;
        }
        return parsed;
    }
}
