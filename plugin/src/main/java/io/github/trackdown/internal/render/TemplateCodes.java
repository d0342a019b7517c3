package io.github.trackdown.internal.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.TemplateFunction;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.WriteCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The pieces of a compiled template that write text, written as Mustache writes them but encoded as UTF-8 once
 * instead of at every page.
 */
final class TemplateCodes {

    private TemplateCodes() {
    }

    /** A string and its UTF-8 encoding, kept together so that threads never see one without the other. */
    private record Encoded(String text, byte[] utf8) {
        /** {@code known} when it is of this very text, else the text newly encoded. */
        static Encoded of(Encoded known, String text) {
            return known != null && known.text == text ? known
                    : new Encoded(text, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The template's own text between two tags: Mustache adds it to the tag before, which writes it after its value;
     * as a piece of its own it is written at the same place, its bytes copied in.
     */
    static final class Text extends WriteCode {
        private Encoded encoded;

        Text(TemplateContext tc, DefaultMustacheFactory factory, String text) {
            super(tc, factory, text);
        }

        @Override
        protected Writer appendText(Writer writer) {
            String text = appended;
            if (text == null || !(writer instanceof Utf8Writer utf8)) {
                return super.appendText(writer);
            }
            Encoded known = Encoded.of(encoded, text);
            encoded = known;
            utf8.write(text, known.utf8);
            return writer;
        }
    }

    /**
     * A section, written as Mustache writes it; when its value is a {@link TemplateFunction} (the interface words,
     * {@code {{#t}}key{{/t}}}), a result without a tag in it is written as it is, since Mustache would compile it into
     * that same text, and its bytes are copied in.
     */
    static final class Section extends IterableCode {
        /** The section's text as written in the template, and the codes it was written from. */
        private volatile Body body;
        /** The last result of the function, encoded. */
        private volatile Encoded result;

        private record Body(Object codes, String text) {
        }

        Section(TemplateContext tc, DefaultMustacheFactory factory, Mustache mustache, String variable) {
            super(tc, factory, mustache, variable);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Writer handleFunction(Writer writer, Function function, List<Object> scopes) {
            if (!(function instanceof TemplateFunction)) {
                return super.handleFunction(writer, function, scopes);
            }
            Object value;
            try {
                value = function.apply(bodyText());
            } catch (Exception e) {
                throw new MustacheException("Function failure", e, tc);
            }
            if (value == null) {
                return writer;
            }
            String text = value.toString();
            if (!isPlainText(text, tc.startChars())) {
                return writeTemplate(writer, text, scopes);
            }
            try {
                if (writer instanceof Utf8Writer utf8) {
                    Encoded known = Encoded.of(result, text);
                    result = known;
                    utf8.write(text, known.utf8);
                } else {
                    writer.write(text);
                }
            } catch (IOException e) {
                throw new MustacheException("Failed to write function result", e, tc);
            }
            return writer;
        }

        /** The section's text as written, which Mustache gives the function: rebuilt only if its codes change. */
        private String bodyText() {
            Object codes = getCodes();
            Body known = body;
            if (known == null || known.codes != codes) {
                StringWriter text = new StringWriter();
                runIdentity(text);
                known = new Body(codes, text.toString());
                body = known;
            }
            return known.text;
        }
    }

    /**
     * Whether Mustache compiles the text into itself: it holds no first character of a tag's opening (such as
     * {@code {}) and no carriage return (which Mustache keeps only before a line feed).
     */
    static boolean isPlainText(String text, String tagStart) {
        return text.indexOf(tagStart.charAt(0)) < 0 && text.indexOf('\r') < 0;
    }
}
