package io.github.trackdown;

import io.github.trackdown.internal.content.FileStamps;
import io.github.trackdown.report.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A tracker or a portfolio that {@link Trackdown#check()} found correct, with the warnings it gave and the stamps of
 * the files it read. Opaque: hand it to {@link Trackdown.Builder#checkedBefore}, so that the build that follows a check in the
 * same Maven run does not read and check every file again.
 */
public final class CheckedContent {
    private final Path contentDirectory;
    private final Path projectDirectory;
    private final List<Path> folders;
    private final FileStamps stamps;
    /** The checked tracker; {@code null} for a portfolio. */
    final Trackdown.Checked checked;
    /** The checked portfolio; {@code null} for a single tracker. */
    final PortfolioBuild.Checked portfolio;
    final List<Problem> warnings;

    /** A single tracker's check. */
    CheckedContent(Path contentDirectory, Path projectDirectory, List<Path> folders, FileStamps stamps,
            Trackdown.Checked checked, List<Problem> warnings) {
        this(contentDirectory, projectDirectory, folders, stamps, checked, null, warnings);
    }

    /** A portfolio's check. */
    CheckedContent(Path contentDirectory, Path projectDirectory, List<Path> folders, FileStamps stamps,
            PortfolioBuild.Checked portfolio, List<Problem> warnings) {
        this(contentDirectory, projectDirectory, folders, stamps, null, portfolio, warnings);
    }

    private CheckedContent(Path contentDirectory, Path projectDirectory, List<Path> folders, FileStamps stamps,
            Trackdown.Checked checked, PortfolioBuild.Checked portfolio, List<Problem> warnings) {
        this.contentDirectory = contentDirectory;
        this.projectDirectory = projectDirectory;
        this.folders = List.copyOf(folders);
        this.stamps = stamps;
        this.checked = checked;
        this.portfolio = portfolio;
        this.warnings = List.copyOf(warnings);
    }

    /** The content folder and the translation folders outside it: the files a check reads. */
    static List<Path> stampedFolders(Path contentDirectory, Collection<Path> translationFolders) {
        List<Path> folders = new ArrayList<>(List.of(contentDirectory));
        translationFolders.stream().filter(folder -> !folder.startsWith(contentDirectory)).forEach(folders::add);
        return folders;
    }

    /** Whether it holds what checking these folders now would give: same folders, no file changed. */
    boolean stillValidFor(Path contentDirectory, Path projectDirectory) {
        return this.contentDirectory.equals(contentDirectory) && this.projectDirectory.equals(projectDirectory)
                && stamps.equals(FileStamps.of(folders));
    }
}
