package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownTextRendererTest {

    @Test
    void textIsEscapedExactlyAsCommonmarkEscapesIt() {
        Random random = new Random(21);
        String alphabet = "ab &<>\"'é€\uD83D\uDE00?";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(org.commonmark.internal.util.Escaping.escapeHtml(text.toString()),
                    MarkdownTextRenderer.escape(text.toString()), text.toString());
        }
        String plain = "Nothing to escape, café 😀?";
        assertSame(plain, MarkdownTextRenderer.escape(plain));
    }

    @Test
    void pagesOfMarkdownComeOutAsCommonmarkWritesThem() {
        Parser parser = Parser.builder().build();
        HtmlRenderer theirs = HtmlRenderer.builder().build();
        HtmlRenderer ours = HtmlRenderer.builder().nodeRendererFactory(MarkdownTextRenderer::new).build();
        String markdown = """
                # Fish & chips <now>

                Say "yes" to [R&D](r2.md "a <title>") and ![a & b](x.png), `a < b`, *x > y* 😀.

                - one & two
                """;
        assertEquals(theirs.render(parser.parse(markdown)), ours.render(parser.parse(markdown)));
    }
}
