package io.github.trackdown.internal.opendata;

import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Spaces;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An editor's Markdown in the two forms the open data holds: plain text on one line, for tables, and Markdown
 * without the line breaks editors type inside paragraphs, for JSON.
 *
 * <p>Both read the Markdown with commonmark-java (with GitHub tables), so what counts as a paragraph, a list or a
 * table is what the site's own pages show. A line break inside a paragraph (a "soft" break) is a space; blank lines
 * between paragraphs, list items and table rows stay in the Markdown form, which is otherwise the editor's own text.
 */
public final class TextForms {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /**
     * Writes text as it is, into a {@link OneLineText} that makes every run of white space one space as it comes,
     * instead of a regular expression per piece of text.
     */
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS)
            .lineBreakRendering(LineBreakRendering.STRIP).nodeRendererFactory(context -> new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(Text.class);
                }

                @Override
                public void render(Node node) {
                    context.getWriter().write(((Text) node).getLiteral());
                }
            }).build();
    /** Reads the Markdown whole, as {@link #PARSER} does, with the lines of its blocks: for both forms at once. */
    private static final Parser SPANNED_FULL_PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /** Finds the blocks and their lines only: joining lines needs no emphasis, links or other inline parts. */
    private static final Parser SPANNED_PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).inlineParserFactory(context -> (lines, block) -> { })
            .build();

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
        return plain(PARSER.parse(markdown.source()));
    }

    /**
     * The plain form of Markdown already parsed with commonmark-java and GitHub tables, before anything changed the
     * tree (such as rewriting link addresses): what {@link #plain(Markdown)} gives for its text.
     */
    public static String plain(Node document) {
        return plain(document, new OneLineText());
    }

    private static String plain(Node document, OneLineText text) {
        PLAIN.render(document, text);
        return text.stripped();
    }

    /**
     * The Markdown as the editor wrote it, except that the lines of each paragraph are joined with one space (a line
     * ending in a hard break, two spaces or {@code \\}, stays broken), so no sentence is broken across lines: the
     * form of the JSON file's {@code wording} and {@code comment}. Lists, tables, quotes and code keep their lines.
     */
    public static String unwrapped(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        return unwrapped(SPANNED_PARSER.parse(markdown.source()), markdown.source());
    }

    /** Both forms of the Markdown, from one reading of it. */
    public static Forms forms(Markdown markdown) {
        if (markdown.isBlank()) {
            return new Forms("", "");
        }
        return forms(SPANNED_FULL_PARSER.parse(markdown.source()), markdown.source());
    }

    /**
     * Both forms of Markdown already parsed with commonmark-java, GitHub tables and the source spans of its blocks
     * ({@link IncludeSourceSpans#BLOCKS}), before anything changed the tree: what {@link #plain(Markdown)} and
     * {@link #unwrapped(Markdown)} give for its text, without reading it again.
     *
     * @param source the text the document was parsed from
     * @throws IllegalArgumentException when the document was parsed without the source spans of its blocks
     */
    public static Forms forms(Node document, String source) {
        // The plain text is about as long as the Markdown: a little room more, and it seldom grows.
        return new Forms(plain(document, new OneLineText(source.length() + 32)), unwrapped(document, source));
    }

    /**
     * The two forms of one piece of Markdown.
     *
     * @param plain as {@link #plain(Markdown)} gives it
     * @param unwrapped as {@link #unwrapped(Markdown)} gives it
     */
    public record Forms(String plain, String unwrapped) {
    }

    private static String unwrapped(Node document, String source) {
        StringBuilder out = new StringBuilder(source.length());
        int[] copied = {0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                List<SourceSpan> lines = paragraph.getSourceSpans();
                if (lines.isEmpty()) {
                    throw new IllegalArgumentException("a paragraph without source spans: parse with"
                            + " IncludeSourceSpans.BLOCKS");
                }
                for (int i = 0; i + 1 < lines.size(); i++) {
                    SourceSpan line = lines.get(i);
                    int end = line.getInputIndex() + line.getLength();
                    if (endsInHardBreak(source, line.getInputIndex(), end)) {
                        continue;
                    }
                    while (end > line.getInputIndex() && Spaces.isSpace(source.charAt(end - 1))) {
                        end--;
                    }
                    int next = lines.get(i + 1).getInputIndex();
                    while (next < source.length() && (source.charAt(next) == ' ' || source.charAt(next) == '\t')) {
                        next++;
                    }
                    out.append(source, copied[0], end).append(' ');
                    copied[0] = next;
                }
            }
        });
        out.append(source, copied[0], source.length());
        return out.toString().strip();
    }

    private static boolean endsInHardBreak(String source, int start, int end) {
        return end - start >= 2 && source.startsWith("  ", end - 2) || end > start && source.charAt(end - 1) == '\\';
    }
}
