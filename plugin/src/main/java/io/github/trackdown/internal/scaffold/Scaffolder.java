package io.github.trackdown.internal.scaffold;

import io.github.trackdown.scaffold.ScaffoldException;
import io.github.trackdown.scaffold.Scaffolded;
import io.github.trackdown.internal.check.ContentChecker;
import io.github.trackdown.internal.content.ContentLoader;
import io.github.trackdown.internal.content.RecommendationBody;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.FieldType;
import io.github.trackdown.model.FieldValue;
import io.github.trackdown.model.FrontMatterField;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problem;
import io.github.trackdown.internal.write.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new content files from a checked tracker, so editors only change what a review changed.
 *
 * <p>{@link #newReview(int)} starts the next review year: a folder with a {@code review.md} whose title and date
 * are placeholders marked {@code TODO}, and one file per recommendation still open in the latest review (neither
 * removed nor closed), with its latest title, theme, owners and wording, the tracker's {@code kind: unassessed}
 * status (the first status when there is none), and the outcome {@code Retained} (the first outcome that does
 * not remove, when there is no {@code Retained}); links to files of the same folder are pointed at the latest
 * review's folder, so they keep their meaning. {@link #newRecommendation} adds one
 * recommendation to the latest review. Neither ever overwrites a file: the whole new review folder is written
 * beside the content and only then moved into place.
 *
 * <pre>{@code
 * Scaffolded made = new Scaffolder(contentDirectory, tracker, warnings).newReview(2025);
 * }</pre>
 */
public final class Scaffolder {

    /**
     * A link or image in Markdown to a file of the same folder, another recommendation or an attachment:
     * {@code ](r3.md)}, {@code ](./chart.png)}, {@code ](r3.md#x)}, {@code [ref]: r3.md}.
     */
    private static final Pattern SAME_FOLDER_LINK =
            Pattern.compile("(\\]\\(\\s*<?|^ {0,3}\\[[^\\]]+\\]:\\s*<?)(\\./)?([^\\s()<>#/\\\\:?]+\\.[A-Za-z0-9]+)(?=[#\\s)>]|$)",
                    Pattern.MULTILINE);

    private final Path contentDirectory;
    private final Tracker tracker;
    private final List<Problem> warnings;

    /**
     * Prepares to write into a content folder.
     *
     * @param contentDirectory the content folder the tracker was read from
     * @param tracker the checked tracker
     * @param warnings the problems the check found that did not stop it, passed on in the result
     */
    public Scaffolder(Path contentDirectory, Tracker tracker, List<Problem> warnings) {
        this.contentDirectory = contentDirectory.toAbsolutePath().normalize();
        this.tracker = Objects.requireNonNull(tracker);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Creates the folder of a new review year from the latest review.
     *
     * @param year the new review's year; {@code 0} for the year after the latest review
     * @return the files created: {@code review.md} first, then one per recommendation carried forward
     * @throws ScaffoldException when the year is not after the latest review's, or its folder already exists
     * @throws IOException when the files cannot be written; nothing is left behind then
     */
    public Scaffolded newReview(int year) throws ScaffoldException, IOException {
        Review latest = tracker.latestReview();
        int newYear = year == 0 ? latest.year() + 1 : year;
        if (newYear <= latest.year()) {
            throw new ScaffoldException("a new review comes after the latest one, " + latest.year()
                    + "; choose a later year, such as " + (latest.year() + 1));
        }
        if (newYear > 2199) {
            throw new ScaffoldException(newYear + " is not a review year");
        }
        refuseExistingFolder(contentDirectory, newYear);
        Path folder = contentDirectory.resolve(Integer.toString(newYear));
        Status status = newStatus();
        Outcome outcome = carriedOutcome();
        Path staging = contentDirectory.resolve("." + newYear + ".trackdown-staging");
        Folders.deleteTree(staging);
        List<String> names = new ArrayList<>();
        try {
            Files.createDirectories(staging);
            write(staging.resolve(ContentLoader.REVIEW_FILE), reviewFile(newYear, latest));
            names.add(ContentLoader.REVIEW_FILE);
            for (Assessment assessment : stillOpen(latest)) {
                String name = fileName(assessment);
                write(staging.resolve(name), carriedForward(assessment, newYear, status, outcome));
                names.add(name);
            }
            Files.move(staging, folder);
        } finally {
            Folders.deleteTree(staging);
        }
        return new Scaffolded(names.stream().map(folder::resolve).toList(), status.name(), outcome.name(),
                warnings);
    }

    /**
     * Refuses a portfolio's folder: a review or recommendation is added to one of its reports, each a tracker of its
     * own.
     */
    public static void refusePortfolio(Path contentDirectory) throws ScaffoldException {
        if (Files.isRegularFile(contentDirectory.resolve("portfolio.yml"))
                && !Files.exists(contentDirectory.resolve(ContentLoader.TRACKER_FILE))) {
            throw new ScaffoldException("the content folder is a portfolio: name the report to add to, such as"
                    + " -Dtrackdown.report=linkage-2023 (its folder)");
        }
    }

    /**
     * Refuses a review year whose folder exists, before the content is even checked.
     *
     * @throws ScaffoldException when the folder of that year exists
     */
    public static void refuseExistingFolder(Path contentDirectory, int year) throws ScaffoldException {
        refusePortfolio(contentDirectory);
        if (year != 0 && Files.exists(contentDirectory.resolve(Integer.toString(year)))) {
            throw new ScaffoldException("the folder " + year + "/ already exists; Trackdown never overwrites it."
                    + " Delete or rename it to start the " + year + " review again");
        }
    }

    /**
     * Adds one recommendation to the latest review.
     *
     * @param id its id, the same in every later review, such as {@code R17}
     * @param title its short title
     * @param theme the name of one of the tracker's themes; empty for the first theme of {@code tracker.yml}
     * @param owners the bodies it is addressed to; empty for a placeholder marked {@code TODO}
     * @return the file created, in the latest review's folder, named after the id
     * @throws ScaffoldException when the id is not valid or already used, or the theme is not one of the tracker's
     * @throws IOException when the file cannot be written
     */
    public Scaffolded newRecommendation(String id, String title, String theme, List<String> owners)
            throws ScaffoldException, IOException {
        String cleanId = id == null ? "" : id.strip();
        if (cleanId.isEmpty()) {
            throw new ScaffoldException("give the new recommendation's id, such as R17, and its title");
        }
        if (!ContentChecker.ID.matcher(cleanId).matches()) {
            throw new ScaffoldException("the id `" + cleanId + "` may use only letters, digits, `-` and `_`"
                    + " (at most 64), starting with a letter or digit, such as R17");
        }
        if (title == null || title.isBlank()) {
            throw new ScaffoldException("give the new recommendation's short title");
        }
        for (Recommendation recommendation : tracker.recommendations()) {
            if (recommendation.id().equalsIgnoreCase(cleanId)) {
                throw new ScaffoldException("the id `" + cleanId + "` is already used (in "
                        + recommendation.latest().wording().file() + "); a new recommendation needs a new id");
            }
        }
        Review latest = tracker.latestReview();
        Path file = contentDirectory.resolve(Integer.toString(latest.year()))
                .resolve(cleanId.toLowerCase(Locale.ROOT) + ".md");
        if (Files.exists(file)) {
            throw new ScaffoldException("the file " + latest.year() + "/" + file.getFileName()
                    + " already exists; Trackdown never overwrites it");
        }
        Theme chosen = theme(theme);
        Status status = newStatus();
        Outcome outcome = newOutcome();
        StringBuilder text = new StringBuilder("---\n")
                .append("# Written by trackdown:new. Replace the lines marked TODO.\n")
                .append("id: ").append(cleanId).append('\n')
                .append("title: ").append(YamlText.scalar(title.strip())).append('\n')
                .append("theme: ").append(YamlText.scalar(chosen.name())).append('\n')
                .append("status: ").append(YamlText.scalar(status.name())).append('\n')
                .append("outcome: ").append(YamlText.scalar(outcome.name())).append('\n')
                .append("owners:\n");
        List<String> named = owners == null ? List.of() : owners.stream().map(String::strip)
                .filter(o -> !o.isEmpty()).toList();
        if (named.isEmpty()) {
            text.append("  - To be confirmed # TODO: the bodies it is addressed to, one per line\n");
        }
        for (String owner : named) {
            text.append("  - ").append(YamlText.scalar(owner)).append('\n');
        }
        tracker.vocabulary().fields().forEach(field -> appendDeclaredHint(text, field));
        text.append("---\n")
                .append("TODO: the recommendation as the ").append(latest.year()).append(" review words it.\n");
        write(file, text.toString());
        return new Scaffolded(List.of(file), status.name(), outcome.name(), warnings);
    }

    /**
     * The outcome recommendations carried into a new review get: the one named {@code Retained} when the tracker
     * has it, otherwise the first outcome that does not remove the recommendation.
     */
    private Outcome carriedOutcome() {
        List<Outcome> outcomes = tracker.vocabulary().outcomes();
        return outcomes.stream().filter(o -> o.name().equalsIgnoreCase("Retained")).findFirst()
                .orElseGet(() -> outcomes.stream().filter(o -> !o.removes()).findFirst().orElse(outcomes.get(0)));
    }

    /**
     * The status of a recommendation new to a review: the tracker's {@code kind: unassessed} status, or, when it
     * has none, the first status of {@code tracker.yml}.
     */
    private Status newStatus() {
        List<Status> statuses = tracker.vocabulary().statuses();
        return statuses.stream().filter(s -> s.kind() == StatusKind.UNASSESSED).findFirst().orElse(statuses.get(0));
    }

    /** The outcome of a new recommendation: {@code New} when the tracker has it, else the first that does not remove. */
    private Outcome newOutcome() {
        List<Outcome> outcomes = tracker.vocabulary().outcomes();
        return outcomes.stream().filter(o -> o.name().equalsIgnoreCase("New")).findFirst()
                .orElseGet(() -> outcomes.stream().filter(o -> !o.removes()).findFirst().orElse(outcomes.get(0)));
    }

    private Theme theme(String written) throws ScaffoldException {
        List<Theme> themes = tracker.vocabulary().themes();
        if (written == null || written.isBlank()) {
            return themes.get(0);
        }
        String key = written.strip().replaceAll("\\s+", " ");
        for (Theme theme : themes) {
            if (theme.name().equalsIgnoreCase(key)) {
                return theme;
            }
        }
        throw new ScaffoldException("`" + written.strip() + "` is not a theme of this tracker (allowed: "
                + String.join(", ", themes.stream().map(Theme::name).toList()) + ")");
    }

    /** The latest review's recommendations that are neither removed nor closed. */
    private static List<Assessment> stillOpen(Review review) {
        return review.assessments().stream()
                .filter(a -> !a.outcome().removes() && a.status().kind() != StatusKind.CLOSED).toList();
    }

    private static String fileName(Assessment assessment) {
        String file = assessment.wording().file();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String reviewFile(int year, Review latest) {
        return """
                ---
                # Written by trackdown:new-review. Replace the lines marked TODO with the %1$d review's.
                # The review is a draft: `build` leaves it out and the preview shows it with a Draft banner.
                # Delete the line `draft: true` when the review is ready to publish.
                draft: true
                title: %1$d review # TODO: the title of the review's publication
                published: %2$s # TODO: the publication date, as YYYY-MM-DD
                # source: https://... (the address of the publication, when it is online)
                ---
                TODO: what the %1$d review found, in a few paragraphs.
                """.formatted(year, latest.publishedMonthOnly()
                        ? java.time.YearMonth.from(latest.published().withYear(year))
                        : latest.published().withYear(year));
    }

    private String carriedForward(Assessment assessment, int year, Status status, Outcome outcome) {
        StringBuilder text = new StringBuilder("---\n")
                .append("# Carried forward from ").append(assessment.wording().file())
                .append(" by trackdown:new-review. Set the status and outcome the ").append(year)
                .append(" review gives;\n# change the title, theme, owners or wording only if the review changed"
                        + " them, and write its\n# comment below the wording, after a line `")
                .append(RecommendationBody.PROGRESS_HEADING).append("`.\n");
        for (FrontMatterField field : FrontMatterField.values()) {
            List<String> values = field.carried() ? field.valuesIn(assessment) : switch (field) {
                case STATUS -> List.of(status.name());
                case OUTCOME -> List.of(outcome.name());
                // each review lists its own evidence; a draft mark is never carried into a new file
                case EVIDENCE, DRAFT -> List.<String>of();
                case ID, TITLE, THEME, OWNERS, RESPONSE, DUE, PRIORITY -> throw new IllegalStateException(field
                        + " is carried forward");
            };
            if (!values.isEmpty()) {
                appendField(text, field, values);
            }
        }
        for (Field field : tracker.vocabulary().fields()) {
            FieldValue value = assessment.valueOf(field);
            if (field.carry() && value != null) {
                appendLine(text, field.name(), field.type() == FieldType.LIST, value.values());
            } else {
                appendDeclaredHint(text, field);
            }
        }
        text.append("---\n").append(wordingFrom(assessment)).append('\n');
        return text.toString();
    }

    /** A built-in field's line (or lines, for a list) of front matter. */
    private static void appendField(StringBuilder text, FrontMatterField field, List<String> values) {
        if (field == FrontMatterField.ID) {
            text.append(field.key()).append(": ").append(values.get(0)).append('\n');
        } else {
            appendLine(text, field.key(), field.type() == FieldType.LIST, values);
        }
    }

    private static void appendLine(StringBuilder text, String key, boolean list, List<String> values) {
        if (!list) {
            text.append(key).append(": ").append(YamlText.scalar(values.get(0))).append('\n');
            return;
        }
        text.append(key).append(":\n");
        for (String value : values) {
            text.append("  - ").append(YamlText.scalar(value)).append('\n');
        }
    }

    /** A commented line naming a declared field the file does not give, so that editors see it exists. */
    private static void appendDeclaredHint(StringBuilder text, Field field) {
        text.append("# ").append(field.name()).append(": ").append(field.required() ? "TODO: " : "")
                .append(field.label()).append(" (").append(field.type().written())
                .append(field.values().isEmpty() ? "" : ": " + String.join(", ",
                        field.values().stream().map(Field.Choice::name).toList()))
                .append(field.required() ? ", required" : ", optional").append(")\n");
    }

    /**
     * The latest wording, its links to files in the same folder pointed at the previous year's folder, so they keep
     * leading where they led.
     */
    static String wordingFrom(Assessment assessment) {
        String wording = assessment.wording().source().strip();
        Matcher link = SAME_FOLDER_LINK.matcher(wording);
        return link.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "../" + assessment.year() + "/" + m.group(3)));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

}
