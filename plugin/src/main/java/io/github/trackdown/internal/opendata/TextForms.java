package io.github.trackdown.internal.opendata;

import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Spaces;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An editor's Markdown in the two forms the open data holds: plain text on one line, for tables, and Markdown
 * without the line breaks editors type inside paragraphs, for JSON.
 *
 * <p>Both are made with commonmark-java (with GitHub tables), so what counts as a paragraph, a list or a table is
 * what the site's own pages show. A line break inside a paragraph (a "soft" break) is a space; blank lines between
 * paragraphs, list items and table rows stay in the Markdown form.
 */
public final class TextForms {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS)
            .lineBreakRendering(LineBreakRendering.STRIP).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    private TextForms() {
    }

    /**
     * The text without Markdown syntax, every run of white space one space, without spaces at either end: the form
     * of the CSV and ODS cells.
     */
    public static String plain(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        return Spaces.collapse(PLAIN.render(PARSER.parse(markdown.source()))).strip();
    }

    /**
     * The Markdown with each line break inside a paragraph made a space, so no sentence is broken across lines: the
     * form of the JSON file's {@code wording} and {@code comment}.
     */
    public static String unwrapped(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown.source());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak softLineBreak) {
                softLineBreak.insertBefore(new Text(" "));
                softLineBreak.unlink();
            }
        });
        return MARKDOWN.render(document).strip();
    }
}
