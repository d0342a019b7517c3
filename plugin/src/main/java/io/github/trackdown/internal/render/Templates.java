package io.github.trackdown.internal.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one place templates are compiled: a Mustache factory over the built-in templates, created once per build.
 *
 * <p>When an override folder is given (the content folder's {@code templates/}), a template or partial found there
 * by name ({@code layout.mustache}, {@code header.mustache}, ...) is used instead of the built-in one; templates
 * that are not overridden still come from the plugin. Override templates may add partials of their own.
 *
 * <p>Compiled templates are cached, so each is parsed once however many pages use it. A template that names a
 * value its view does not have fails with an error rather than rendering as empty, so a typo in a template
 * cannot silently drop text from the site. {@code {{x}}} escapes HTML; only HTML produced by Trackdown itself
 * (rendered Markdown, charts) is placed with {@code {{{x}}}}.
 */
public final class Templates {

    /** Where the built-in templates live on the class path. */
    public static final String RESOURCE_FOLDER = "/io/github/trackdown/templates/";

    /** What a template name may look like: lower-case words with hyphens, then {@code .mustache}. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.mustache");

    /**
     * The built-in partials whose output depends only on the view they are given (no value of an outer scope, no
     * interface words): while not overridden, each is rendered once per distinct view and then reused, since a site
     * shows the same few status labels and change markers, and the same matrix rows, tens of thousands of times.
     * A view's output is kept from the second time it is met: a matrix row of the home page, met once, is not.
     */
    private static final Set<String> REUSED_PARTIALS = Set.of("status-label", "change-marker", "change-text",
            "matrix-row");

    /** For each ASCII character, whether Mustache's HTML escaper replaces it. */
    private static final boolean[] ESCAPED = escapedCharacters();

    private final DefaultMustacheFactory factory;
    private final OverridingResolver resolver;
    /** What each reused partial rendered, by partial and view. */
    private final Map<Rendered, Fragment> fragments = new ConcurrentHashMap<>();
    /** The hash of each view a reused partial met once; its output is kept when it is met again. */
    private final Set<Integer> metOnce = ConcurrentHashMap.newKeySet();

    /** Creates the factory over the built-in templates only. */
    public Templates() {
        this(null);
    }

    /**
     * Creates the factory over an override folder and the built-in templates.
     *
     * @param overrides the folder whose templates replace built-in ones of the same name; {@code null} or a
     *     folder that does not exist for none
     */
    public Templates(Path overrides) {
        resolver = new OverridingResolver(overrides);
        factory = new Factory(resolver);
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /** Renders the named template (without {@code .mustache}) with the given scopes, innermost last. */
    public String render(String name, Object... scopes) {
        Mustache template = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter(1024);
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

    /**
     * Renders the named template as UTF-8 straight to {@code out}, as {@link #renderUtf8} would give it, holding no
     * more than a buffer of it at a time.
     */
    public void renderTo(OutputStream out, String name, Object... scopes) {
        Mustache template = factory.compile(name + ".mustache");
        Utf8Writer writer = new Utf8Writer(1 << 14, out);
        template.execute(writer, List.of(scopes));
        writer.finish();
    }

    /** Whether a built-in template or partial of that name (such as {@code layout.mustache}) exists. */
    public static boolean isBuiltIn(String fileName) {
        return NAME.matcher(fileName).matches() && Templates.class.getResource(RESOURCE_FOLDER + fileName) != null;
    }

    /** Looks in the override folder first, then among the built-in templates; only plain names are accepted. */
    private static final class OverridingResolver implements MustacheResolver {
        private final Path overrides;

        OverridingResolver(Path overrides) {
            this.overrides = overrides == null ? null : overrides.toAbsolutePath().normalize();
        }

        /** Whether the override folder has a template of that name. */
        boolean overrides(String resourceName) {
            return overrides != null && NAME.matcher(resourceName).matches()
                    && Files.isRegularFile(overrides.resolve(resourceName));
        }

        @Override
        public Reader getReader(String resourceName) {
            if (!NAME.matcher(resourceName).matches()) {
                return null;
            }
            if (overrides != null) {
                Path file = overrides.resolve(resourceName);
                if (Files.isRegularFile(file)) {
                    try {
                        return new StringReader(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException("the template " + file + " cannot be read", e);
                    }
                }
            }
            InputStream in = Templates.class.getResourceAsStream(RESOURCE_FOLDER + resourceName);
            if (in == null) {
                return null;
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /**
     * A partial's output for one view object, by identity: the renderer hands the same view object wherever it shows
     * the same label, marker or row, and comparing records by value costs more than it saves.
     */
    private static final class Rendered {
        private final String partial;
        private final Object view;

        Rendered(String partial, Object view) {
            this.partial = partial;
            this.view = view;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Rendered key && key.view == view && key.partial.equals(partial);
        }

        @Override
        public int hashCode() {
            return partial.hashCode() * 31 + System.identityHashCode(view);
        }
    }

    /** A built-in partial rendered once per view object and reused. */
    private final class ReusedPartial extends PartialCode {
        private final String name;

        ReusedPartial(TemplateContext context, DefaultMustacheFactory factory, String name) {
            super(context, factory, name);
            this.name = name;
        }

        @Override
        protected Writer executePartial(Writer writer, List<Object> scopes) {
            // Not computeIfAbsent: a reused partial may include another (a matrix row its status labels).
            Rendered key = new Rendered(name, scopes.get(scopes.size() - 1));
            Fragment fragment = fragments.get(key);
            if (fragment == null && metOnce.add(key.hashCode())) {
                // Met for the first time: written straight, not kept.
                return partial.execute(writer, scopes);
            }
            if (fragment == null) {
                StringWriter out = new StringWriter(256);
                partial.execute(out, scopes);
                fragment = new Fragment(out.toString());
                fragments.putIfAbsent(key, fragment);
            }
            try {
                if (writer instanceof Utf8Writer utf8) {
                    utf8.write(fragment.html(), fragment.utf8());
                } else {
                    writer.write(fragment.html());
                }
            } catch (IOException e) {
                throw new MustacheException("Failed to write the partial " + name, e);
            }
            return writer;
        }
    }

    /** What a reused partial rendered, and its UTF-8 encoding: a page written as UTF-8 copies it as it is. */
    private record Fragment(String html, byte[] utf8) {
        Fragment(String html) {
            this(html, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Mustache's factory, escaping as it does but writing text with nothing to escape as it is, without copying; the
     * template's own text and the interface words ({@code {{#t}}key{{/t}}}) are encoded to UTF-8 once, not on every
     * page (see {@link TemplateCodes}).
     */
    private final class Factory extends DefaultMustacheFactory {
        Factory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void partial(TemplateContext context, String variable, String indent) {
                    if (!REUSED_PARTIALS.contains(variable) || resolver.overrides(variable + ".mustache")) {
                        super.partial(context, variable, indent);
                        return;
                    }
                    TemplateContext partialContext = new TemplateContext("{{", "}}", context.file(), context.line(),
                            context.startOfLine());
                    list.add(new ReusedPartial(partialContext, df, variable));
                }

                @Override
                public void iterable(TemplateContext context, String variable, Mustache mustache) {
                    list.add(new TemplateCodes.Section(context, df, mustache, variable));
                }

                /** The template's text as a piece of its own, not added to the tag before: the same place. */
                @Override
                public void write(TemplateContext context, String text) {
                    if (text.isEmpty()) {
                        return;
                    }
                    if (!list.isEmpty() && list.get(list.size() - 1) instanceof TemplateCodes.Text last) {
                        last.append(text);
                    } else {
                        list.add(new TemplateCodes.Text(context, df, text));
                    }
                }
            };
        }

        @Override
        public void encode(String value, Writer writer) {
            escape(value, writer);
        }
    }

    /** Writes text escaped exactly as Mustache's {@link HtmlEscaper} does; text with nothing to escape as it is. */
    static void escape(String value, Writer writer) {
        if (writer instanceof Utf8Writer utf8) {
            if (!utf8.writeUnlessHolding(value, ESCAPED)) {
                HtmlEscaper.escape(value, writer);
            }
            return;
        }
        if (needsEscaping(value)) {
            HtmlEscaper.escape(value, writer);
            return;
        }
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new MustacheException("Failed to encode value: " + value, e);
        }
    }

    /** Whether the text has a character Mustache's HTML escaper replaces: {@code &<>"'`=} or a control character. */
    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ESCAPED.length && ESCAPED[c]) {
                return true;
            }
        }
        return false;
    }

    /** The characters Mustache's HTML escaper replaces, by code: {@code &<>"'`=} and the controls up to 13. */
    private static boolean[] escapedCharacters() {
        boolean[] escaped = new boolean[128];
        for (char c = 0; c < 14; c++) {
            escaped[c] = true;
        }
        for (char c : "&<>\"'`=".toCharArray()) {
            escaped[c] = true;
        }
        return escaped;
    }

    /** Fails on a name that no scope has, instead of rendering nothing. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new MustacheException("a template uses `" + name + "`, which its view does not have");
        }
    }
}
