package io.github.trackdown;

import io.github.trackdown.internal.check.LinkChecker;
import io.github.trackdown.internal.check.LinkChecker.LinkBeyond;
import io.github.trackdown.internal.check.PortfolioReader;
import io.github.trackdown.internal.content.ContentLoader;
import io.github.trackdown.internal.content.FileStamps;
import io.github.trackdown.internal.content.TextFiles;
import io.github.trackdown.internal.content.YamlReader;
import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.internal.portfolio.Portfolio;
import io.github.trackdown.internal.portfolio.PortfolioSettings;
import io.github.trackdown.internal.portfolio.Report;
import io.github.trackdown.internal.render.PortfolioRenderer;
import io.github.trackdown.internal.render.SitePaths;
import io.github.trackdown.internal.render.SiteRenderer;
import io.github.trackdown.internal.render.Templates;
import io.github.trackdown.model.ContentLinks;
import io.github.trackdown.model.Publication;
import io.github.trackdown.model.Settings;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The engine for a portfolio: a content folder with {@code portfolio.yml} and one sub-folder per report, each a
 * complete tracker. Each report goes through the whole single-tracker pipeline (load, check, compare, render) and is
 * published under its folder's name; the portfolio's own pages and combined data are then rendered from the
 * reports' models. Problems of every report are reported together, and nothing is written unless all reports and
 * the portfolio are correct.
 */
final class PortfolioBuild {

    private final Path contentDirectory;
    private final Path projectDirectory;
    private final boolean strict;
    private final boolean allowRawHtml;
    private final String siteUrl;
    private final boolean drafts;
    /** One engine per report folder, kept so that the preview's next render reuses what the last one did. */
    private final Map<String, Trackdown> engines = new ConcurrentHashMap<>();

    PortfolioBuild(Path contentDirectory, Path projectDirectory, boolean strict, boolean allowRawHtml,
            String siteUrl, boolean drafts) {
        this.drafts = drafts;
        this.contentDirectory = contentDirectory;
        this.projectDirectory = projectDirectory;
        this.strict = strict;
        this.allowRawHtml = allowRawHtml;
        this.siteUrl = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** Whether a content folder is a portfolio: it has a portfolio.yml and no tracker.yml of its own. */
    static boolean isPortfolio(Path contentDirectory) {
        return Files.isRegularFile(contentDirectory.resolve(PortfolioSettings.FILE))
                && !Files.exists(contentDirectory.resolve(ContentLoader.TRACKER_FILE));
    }

    /** A checked report, with its translations. */
    record Loaded(String folder, Trackdown engine, Trackdown.Checked checked) {
    }

    /** The checked portfolio: its settings and reports. */
    record Checked(PortfolioSettings settings, List<Loaded> reports) {
        List<Tracker> trackers() {
            return reports.stream().map(report -> report.checked().tracker()).toList();
        }

        /** The translation folders of every report. */
        List<Path> translationFolders() {
            return reports.stream().flatMap(report -> report.checked().translations().keySet().stream()).toList();
        }
    }

    /**
     * Loads and checks every report, writing nothing.
     *
     * @param found told of what was found, with the stamps of the files read, for a build to reuse
     */
    BuildReport check(Consumer<CheckedContent> found) throws ContentException {
        Problems problems = new Problems();
        FileStamps before = FileStamps.of(List.of(contentDirectory));
        Checked checked = loadAndCheck(problems, false);
        List<Path> folders = CheckedContent.stampedFolders(contentDirectory, checked.translationFolders());
        FileStamps stamps = before.plus(FileStamps.of(folders.subList(1, folders.size())));
        found.accept(new CheckedContent(contentDirectory, projectDirectory, folders, stamps, checked,
                problems.sorted()));
        return new BuildReport(null, problems.sorted(), 0, false, checked.trackers());
    }

    RenderedSite render() throws ContentException {
        Problems problems = new Problems();
        Checked checked = loadAndCheck(problems, true);
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        render(checked, problems, file -> files.add(new OutputFile(file.path(), file.bytes())), true);
        failOnProblems(problems);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return new RenderedSite(null, problems.sorted(), sorted, checked.trackers());
    }

    /**
     * Builds the portfolio's site into the output folder.
     *
     * @param checkedBefore a check of this portfolio earlier in the same Maven run, reused when no file changed
     *     since; may be {@code null}
     */
    BuildReport build(Path outputDirectory, CheckedContent checkedBefore) throws ContentException, IOException {
        Problems problems = new Problems();
        boolean reused = checkedBefore != null && checkedBefore.portfolio != null
                && checkedBefore.stillValidFor(contentDirectory, projectDirectory);
        Checked checked = reused ? withOwnEngines(checkedBefore.portfolio) : loadAndCheck(problems, false);
        if (reused) {
            checkedBefore.warnings.forEach(problems::add);
        }
        int written = StagedPublish.publish(outputDirectory, sink -> render(checked, problems, sink, false),
                () -> failOnProblems(problems), warning -> problems.warning(Position.of(displayName(outputDirectory)),
                        warning));
        return new BuildReport(null, problems.sorted(), written, reused, checked.trackers());
    }

    /** Another engine's checked reports, each to be rendered by this build's engine for its folder. */
    private Checked withOwnEngines(Checked checked) {
        return new Checked(checked.settings(), checked.reports().stream().map(report -> new Loaded(report.folder(),
                engineFor(report.folder()), report.checked())).toList());
    }

    /** The <b>load</b> and <b>check</b> stages for portfolio.yml and every report, every problem reported at once. */
    private Checked loadAndCheck(Problems problems, boolean reuse) throws ContentException {
        Path file = contentDirectory.resolve(PortfolioSettings.FILE);
        String fileName = displayName(file);
        String text = TextFiles.read(file, fileName, problems);
        YamlValue value = text == null || text.isBlank() ? null : new YamlReader(problems).read(text, fileName, 1);
        PortfolioSettings settings = text == null ? null : new PortfolioReader(problems).read(value, fileName);
        List<String> folders = reportFolders(problems, fileName);
        // The reports are read and checked side by side, each on its own, so that one report's errors never hide
        // another's; their problems are then reported in folder order.
        List<Problems> own = folders.stream().map(folder -> new Problems()).toList();
        List<Queue<LinkBeyond>> linksBeyond = folders.stream().<Queue<LinkBeyond>>map(folder ->
                new ConcurrentLinkedQueue<>()).toList();
        List<Loaded> loaded = IntStream.range(0, folders.size()).parallel().mapToObj(i -> load(folders.get(i),
                settings, own.get(i), linksBeyond.get(i), reuse)).toList();
        checkLinksBeyond(folders, loaded, linksBeyond, own);
        own.forEach(report -> report.sorted().forEach(problems::add));
        List<Loaded> reports = loaded.stream().filter(Objects::nonNull).toList();
        if (settings != null && reports.size() == folders.size()) {
            // Only once every report is read: an alias may name an owner of any of them.
            new PortfolioReader(problems).checkAliases(settings, new Checked(settings, reports).trackers());
        }
        failOnProblems(problems);
        return new Checked(settings, reports);
    }

    /** A report read and checked, or {@code null} when its errors stop it from being built (reported). */
    private Loaded load(String folder, PortfolioSettings settings, Problems problems, Queue<LinkBeyond> linksBeyond,
            boolean reuse) {
        Trackdown engine = engineFor(folder);
        engine.linksBeyond = linksBeyond::add;
        try {
            Trackdown.Checked checked = engine.loadAndCheck(problems, reuse);
            return new Loaded(folder, engine, settings == null ? checked : shared(checked, settings));
        } catch (ContentException e) {
            return null;
        }
    }

    /**
     * Checks the links of each report that leave its folder, such as {@code ../../other-report/2024/r1.md}, against
     * the files of every report: one that leads to none is reported where it is written. A link into a report that
     * could not be read is not judged: that report's own errors are reported.
     */
    private static void checkLinksBeyond(List<String> folders, List<Loaded> loaded,
            List<Queue<LinkBeyond>> linksBeyond, List<Problems> own) {
        Set<String> files = new HashSet<>();
        Set<String> unread = new HashSet<>();
        for (int i = 0; i < folders.size(); i++) {
            Loaded report = loaded.get(i);
            if (report == null) {
                unread.add(folders.get(i));
            } else {
                LinkChecker.contentFiles(report.checked().tracker()).forEach(file -> files.add(
                        report.folder() + "/" + file));
            }
        }
        for (int i = 0; i < folders.size(); i++) {
            for (LinkBeyond link : linksBeyond.get(i)) {
                String file = ContentLinks.resolve(folders.get(i) + "/" + link.fromFile(),
                        ContentLinks.decode(link.path()));
                if (file == null || !files.contains(file) && !unread.contains(reportOf(file))) {
                    own.get(i).error(link.position(), link.error());
                }
            }
        }
    }

    /** The report folder a path from the portfolio's folder is in: its first part. */
    private static String reportOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /** The engine of a report folder, kept so that the preview's next render reuses what the last one did. */
    private Trackdown engineFor(String folder) {
        return engines.computeIfAbsent(folder, name -> Trackdown.builder()
                .contentDirectory(contentDirectory.resolve(name)).projectDirectory(projectDirectory)
                .strict(strict).allowRawHtml(allowRawHtml).drafts(drafts)
                .siteUrl(siteUrl.isEmpty() ? "" : siteUrl + name + "/").build());
    }

    /** The sub-folders with a tracker.yml, by name; any other sub-folder is reported. */
    private List<String> reportFolders(Problems problems, String fileName) {
        List<String> folders = new ArrayList<>();
        try (Stream<Path> children = Files.list(contentDirectory)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (!Files.isDirectory(child) || name.startsWith(".")
                        || ContentLoader.RESERVED_FOLDERS.contains(name)) {
                    continue;
                }
                if (!Files.isRegularFile(child.resolve(ContentLoader.TRACKER_FILE))) {
                    problems.error(Position.of(displayName(child)), "the folder `" + name + "` has no tracker.yml;"
                            + " each report of a portfolio is a folder with a tracker.yml and its review years");
                } else if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
                    problems.error(Position.of(displayName(child)), "the report folder `" + name + "` names the"
                            + " report's pages' address: use lower-case letters, digits and hyphens, such as"
                            + " `linkage-2023`");
                } else {
                    folders.add(name);
                }
            }
        } catch (IOException e) {
            problems.error(Position.of(displayName(contentDirectory)), "the folder cannot be read: " + e.getMessage());
        }
        if (folders.isEmpty()) {
            problems.error(Position.of(fileName), "the portfolio has no report: put each report in a folder of its"
                    + " own beside portfolio.yml, with a tracker.yml and its review years");
        }
        return folders;
    }

    /**
     * A report with the settings the portfolio shares: a publisher, licence, contact, privacy notice or
     * accessibility statement that the report's tracker.yml does not give is the portfolio's.
     */
    private static Trackdown.Checked shared(Trackdown.Checked checked, PortfolioSettings portfolio) {
        Tracker tracker = checked.tracker();
        Settings own = tracker.settings();
        Publication mine = own.publication();
        Publication ours = portfolio.publication();
        Publication publication = new Publication(mine.licence() != null ? mine.licence() : ours.licence(),
                mine.contact() != null ? mine.contact() : ours.contact(),
                mine.privacyUrl().isEmpty() ? ours.privacyUrl() : mine.privacyUrl(),
                mine.accessibility() != null ? mine.accessibility() : ours.accessibility(),
                mine.updated() != null ? mine.updated() : ours.updated());
        String publisher = own.publisher().isEmpty() ? portfolio.publisher() : own.publisher();
        Settings settings = new Settings(own.title(), own.description(), publisher, own.language(),
                own.repository(), own.translations(), publication, own.abbreviations());
        Tracker withShared = new Tracker(settings, tracker.vocabulary(), tracker.reviews(),
                tracker.recommendations(), tracker.attachments());
        return new Trackdown.Checked(withShared, checked.translations());
    }

    /** The <b>compare</b> and <b>render</b> stages: every report under its folder, then the portfolio's pages. */
    private void render(Checked checked, Problems problems, Consumer<OutputFile> sink, boolean reuse)
            throws ContentException {
        try {
            renderReports(checked, problems, sink, reuse);
        } catch (ReportTemplateFailure e) {
            throw e.getCause();
        }
    }

    /** A report's own template could not be used: carried out of the side-by-side rendering. */
    private static final class ReportTemplateFailure extends RuntimeException {
        ReportTemplateFailure(ContentException cause) {
            super(cause);
        }

        @Override
        public synchronized ContentException getCause() {
            return (ContentException) super.getCause();
        }
    }

    private void renderReports(Checked checked, Problems problems, Consumer<OutputFile> sink, boolean reuse) {
        // Compiled once for every report: a report's templates are its own only when it has a templates/ folder.
        Templates templates = new Templates(contentDirectory.resolve(Trackdown.TEMPLATES_FOLDER));
        // Side by side: each report's site is rendered with every core too, so the cores are kept busy between
        // the small sites' pieces of work.
        // Every report's addresses, for the links of one report to another's pages.
        Map<String, SitePaths> paths = new HashMap<>();
        checked.reports().forEach(report -> paths.put(report.folder(), new SitePaths(report.checked().tracker())));
        List<Report> reports = checked.reports().parallelStream().map(report -> {
            Compared compared = Compared.of(report.checked());
            String prefix = report.folder() + "/";
            report.engine().sharedTemplates = templates;
            // The report's open data table, built once for its own files and the portfolio's combined ones.
            // Taken once the report's site is rendered: made then from the same reading of each comment as its HTML.
            AtomicReference<SiteRenderer> site = new AtomicReference<>();
            report.engine().onSite = renderer -> {
                renderer.partOf(checked.settings().title(), "../index.html");
                renderer.pagesBeyond((fromFile, path) -> pageBeyond(paths, prefix + fromFile, path));
                site.set(renderer);
            };
            try {
                report.engine().render(compared, problems, file -> sink.accept(file.at(prefix + file.path())), reuse);
            } catch (ContentException e) {
                throw new ReportTemplateFailure(e);
            }
            return new Report(report.folder(), compared.tracker(), site.get().dataTable(), site.get().pagePaths());
        }).toList();
        Portfolio portfolio = new Portfolio(checked.settings(), reports);
        new PortfolioRenderer(portfolio, templates, siteUrl).render(sink);
    }

    /**
     * The page, relative to a report's site, of the file another report's link leads to: {@code
     * ../other-report/recommendations/r1.html#y2024}; {@code null} when it is no report's page.
     *
     * @param fromFile the file the link is written in, from the portfolio's folder
     * @param path the link's path, decoded
     */
    private static String pageBeyond(Map<String, SitePaths> paths, String fromFile, String path) {
        String file = ContentLinks.resolve(fromFile, path);
        SitePaths report = file == null || file.indexOf('/') < 0 ? null : paths.get(reportOf(file));
        String page = report == null ? null : report.pageOfContentFile(file.substring(reportOf(file).length() + 1));
        return page == null ? null : "../" + reportOf(file) + "/" + page;
    }

    private void failOnProblems(Problems problems) throws ContentException {
        if (problems.fail(strict)) {
            throw new ContentException(problems.sorted(), problems.summary());
        }
    }

    private String displayName(Path file) {
        Path shown = file.startsWith(projectDirectory) ? projectDirectory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
