package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The HTML pages of the site plan, each drawn by its template inside {@code layout.mustache}. */
final class HtmlPages implements Output {

    /** The glossary page's path, published when {@code tracker.yml} declares abbreviations. */
    static final String GLOSSARY_PATH = "glossary.html";

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        List<Supplier<OutputFile>> files = new ArrayList<>();
        for (SitePlan.Page page : site.plan.pages()) {
            files.add(() -> render(site, page));
        }
        return files;
    }

    private static OutputFile render(Site site, SitePlan.Page page) {
        String root = page.root();
        String inlineStyle = "";
        String baseScript = "";
        if (page.servedAnywhere()) {
            // Served for a missing address at any depth: styled without a link, and linking absolutely when it can.
            inlineStyle = new String(AssetsOutput.resource("/io/github/trackdown/assets/style.css"),
                    StandardCharsets.UTF_8)
                    + Palette.styleSheet(site.tracker.vocabulary().statuses());
            root = site.siteUrl;
            if (root.isEmpty()) {
                baseScript = NotFoundRoot.scriptHtml(site.plan.paths());
            }
        }
        String pageRoot = root;
        List<PartViews.LanguageLink> languages = site.alternates.stream().map(other -> new PartViews.LanguageLink(
                other.language(), other.name(), pageRoot + other.prefix()
                        + (other.paths().contains(page.path()) ? page.path() : "index.html"))).toList();
        Views.Page layout = new Views.Page(site.language(), page.title(), site.tracker.settings().title(), root,
                site.plan.nav(page, root), site.asOf(), site.tracker.settings().description(),
                site.tracker.settings().publisher(), site.messages.templateFunction(), languages, inlineStyle,
                PublicationViews.footer(site.tracker, root, site.dates),
                site.abbreviations.isEmpty() ? "" : root + GLOSSARY_PATH, baseScript,
                site.partOf == null ? null : new PartViews.NavLink(site.partOf.label(), (page.servedAnywhere()
                        && !site.siteUrl.isEmpty() ? site.siteUrl : root) + site.partOf.href(), false));
        Object view = page.view().apply(root);
        RenderCache cache = site.cache;
        if (cache == null && site.abbreviations.isEmpty()) {
            // Written straight to its file as it renders: a large page is never held whole.
            return OutputFile.streamed(page.path(), out -> site.templates.renderTo(out, page.template(), layout,
                    view));
        }
        byte[] reused = cache == null ? null : cache.page(page.path(), page.template(), layout, view);
        if (reused != null) {
            return new OutputFile(page.path(), reused);
        }
        byte[] bytes = marked(site, site.templates.renderUtf8(page.template(), layout, view));
        if (cache != null) {
            cache.keepPage(page.path(), page.template(), layout, view, bytes);
        }
        return new OutputFile(page.path(), bytes);
    }

    /** The page with the first use of each of the tracker's abbreviations marked up; as it is without any. */
    private static byte[] marked(Site site, byte[] page) {
        if (site.abbreviations.isEmpty()) {
            return page;
        }
        return site.abbreviations.mark(new String(page, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
