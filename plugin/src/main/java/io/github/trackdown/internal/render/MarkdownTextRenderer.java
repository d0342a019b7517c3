package io.github.trackdown.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes the text of Markdown as commonmark-java's own renderer does ({@code &}, {@code <}, {@code >} and
 * {@code "} escaped, nothing else), looking for those characters over a copy of the text's bytes rather than
 * character by character: most text has none.
 */
final class MarkdownTextRenderer implements NodeRenderer {

    private final HtmlWriter html;

    MarkdownTextRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class);
    }

    @Override
    public void render(Node node) {
        html.raw(escape(((Text) node).getLiteral()));
    }

    /** The text with {@code & < > "} escaped, as commonmark-java escapes text; the same String when none is there. */
    static String escape(String text) {
        // A character beyond Latin-1 comes out as '?': none of the four, as it should.
        // (A surrogate pair comes out as one '?': positions may shift, so the escaping starts over from the start.)
        boolean any = false;
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            if (b == '&' || b == '<' || b == '>' || b == '"') {
                any = true;
                break;
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
