package io.github.trackdown;

import io.github.trackdown.internal.check.ContentChecker;
import io.github.trackdown.internal.check.LinkChecker;
import io.github.trackdown.internal.content.ContentLoader;
import io.github.trackdown.internal.content.DocumentCache;
import io.github.trackdown.internal.content.LoadedContent;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The engine's first stages for one content folder and its translations: <b>load</b> the files, <b>check</b> them
 * (front matter, vocabulary, links) and build the model.
 */
final class ContentStage {

    private final Path contentDirectory;
    private final Path projectDirectory;
    /** Whether drafts are kept, marked (for the preview), or left out with a note. */
    private final boolean drafts;
    /** What the last load of each content folder read, for the next to reuse. */
    private final Map<Path, DocumentCache> documentCaches = new ConcurrentHashMap<>();

    ContentStage(Path contentDirectory, Path projectDirectory, boolean drafts) {
        this.contentDirectory = contentDirectory;
        this.projectDirectory = projectDirectory;
        this.drafts = drafts;
    }

    /**
     * Loads and checks a content folder and builds its tracker; every problem goes to {@code problems}.
     *
     * @param reuse whether to reuse the files of the previous load that did not change, and keep this load's
     * @param linksBeyond where links leaving the folder go, or {@code null} to report them as broken
     * @throws ContentException when errors stop the tracker from being built
     */
    Tracker loadAndCheck(Path folder, Problems problems, boolean reuse, Consumer<LinkChecker.LinkBeyond> linksBeyond)
            throws ContentException {
        LoadedContent content = new ContentLoader(folder, projectDirectory, problems)
                .reuse(reuse ? documentCaches.computeIfAbsent(folder, f -> new DocumentCache()) : null).load();
        Tracker tracker = new ContentChecker(problems, drafts).check(content);
        new LinkChecker(path -> displayName(folder, path), problems, linksBeyond).check(content, tracker);
        if (tracker == null) {
            throw new ContentException(problems.sorted(), problems.summary());
        }
        return tracker;
    }

    /**
     * Loads and checks the tracker's translations named in its tracker.yml: each a content folder of its own, in
     * another language, published under a folder named by its language.
     */
    Map<Path, Tracker> loadTranslations(Tracker tracker, Problems problems, boolean reuse) throws ContentException {
        Map<Path, Tracker> translations = new LinkedHashMap<>();
        Set<String> languages = new HashSet<>(List.of(tracker.settings().language()));
        String trackerFile = displayName(contentDirectory, ContentLoader.TRACKER_FILE);
        for (String name : tracker.settings().translations()) {
            Path folder = contentDirectory.resolve(name).normalize();
            if (!Files.isRegularFile(folder.resolve(ContentLoader.TRACKER_FILE))) {
                problems.error(Position.of(trackerFile), "the translation folder `" + name + "` has no tracker.yml;"
                        + " a translation is a content folder of its own");
                continue;
            }
            Tracker translated = loadAndCheck(folder, problems, reuse, null);
            String language = translated.settings().language();
            if (!languages.add(language) || !language.matches("[a-z]{2,3}")) {
                problems.error(Position.of(displayName(folder, ContentLoader.TRACKER_FILE)), "the translation's"
                        + " `language:` must be a language code such as `cy`, other than the tracker's and its other"
                        + " translations'");
                continue;
            }
            translations.put(folder, translated);
        }
        if (problems.fail(false)) {
            throw new ContentException(problems.sorted(), problems.summary());
        }
        return translations;
    }

    /**
     * The content folder's tracker with its drafts, its translations checked too, for the scaffolding goals: a review
     * that {@code new-review} just started is a draft, and still the one {@code new} adds to and the next
     * {@code new-review} starts from. No build reuses this check, so no build publishes a draft. In a report of a
     * portfolio, links to the other reports are left to the portfolio's build to check.
     */
    Tracker loadWithDrafts(Problems problems) throws ContentException {
        ContentStage withDrafts = drafts ? this : new ContentStage(contentDirectory, projectDirectory, true);
        Path parent = contentDirectory.getParent();
        Consumer<LinkChecker.LinkBeyond> beyond = parent != null && PortfolioBuild.isPortfolio(parent) ? link -> { }
                : null;
        Tracker tracker = withDrafts.loadAndCheck(contentDirectory, problems, false, beyond);
        withDrafts.loadTranslations(tracker, problems, false);
        return tracker;
    }

    /** How messages name a content path of a folder: relative to the project folder when inside it. */
    String displayName(Path folder, String contentPath) {
        Path file = folder.resolve(contentPath);
        Path shown = file.startsWith(projectDirectory) ? projectDirectory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
