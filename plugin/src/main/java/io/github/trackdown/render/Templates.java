package io.github.trackdown.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one place templates are compiled: a Mustache factory over the built-in templates, created once per build.
 *
 * <p>Compiled templates are cached, so each is parsed once however many pages use it. A template that names a
 * value its view does not have fails with an error rather than rendering as empty, so a typo in a template
 * cannot silently drop text from the site. {@code {{x}}} escapes HTML; only HTML produced by Trackdown itself
 * (rendered Markdown, charts) is placed with {@code {{{x}}}}.
 */
public final class Templates {

    /** Where the built-in templates live on the class path. */
    public static final String RESOURCE_FOLDER = "/io/github/trackdown/templates/";

    private final DefaultMustacheFactory factory;

    /** Creates the factory over the built-in templates. */
    public Templates() {
        factory = new DefaultMustacheFactory(new BuiltInResolver());
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /** Renders the named template (without {@code .mustache}) with the given scopes, innermost last. */
    public String render(String name, Object... scopes) {
        Mustache template = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter(8192);
        template.execute(out, List.of(scopes));
        return out.toString();
    }

    /**
     * Renders the named template straight into UTF-8 bytes, as {@link #render} would give them, without building
     * a String first: what the site's pages use.
     */
    public byte[] renderUtf8(String name, Object... scopes) {
        Mustache template = factory.compile(name + ".mustache");
        Utf8Writer out = new Utf8Writer(16384);
        template.execute(out, List.of(scopes));
        return out.toByteArray();
    }

    private static final class BuiltInResolver implements MustacheResolver {
        @Override
        public Reader getReader(String resourceName) {
            InputStream in = Templates.class.getResourceAsStream(RESOURCE_FOLDER + resourceName);
            if (in == null) {
                return null;
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /** Fails on a name that no scope has, instead of rendering nothing. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new MustacheException("a template uses `" + name + "`, which its view does not have");
        }
    }

}
