package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Response;
import io.github.trackdown.model.Slugs;
import io.github.trackdown.model.Settings;
import io.github.trackdown.model.SourceRepository;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Vocabulary;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks {@code tracker.yml} and reads its settings and vocabulary. */
final class VocabularyReader {

    static final List<String> TRACKER_KEYS = Stream.concat(Stream.of("title", "description",
            "publisher", "language", "statuses", "outcomes", "themes", "responses", "fields", "repository", "branch",
            "contentPath", "translations", "abbreviations"), PublicationReader.KEYS.stream()).toList();
    /** A repository's address on GitHub or a GitHub Enterprise server: {@code https://host/owner/name}. */
    private static final Pattern REPOSITORY =
            Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]+)?/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    /** A relative path of plain names separated by {@code /}, without {@code .} or {@code ..} steps. */
    private static final Pattern SAFE_PATH =
            Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final List<String> TERM_KEYS = List.of("name", "meaning", "kind");
    private static final List<String> THEME_KEYS = List.of("name", "description");
    private static final List<String> RESPONSE_KEYS = List.of("name", "meaning");

    private final Problems problems;

    VocabularyReader(Problems problems) {
        this.problems = problems;
    }

    /** The settings and vocabulary, or {@code null} when tracker.yml is unusable (reported). */
    Result read(YamlValue value, String trackerFile) {
        if (value == null) {
            return null;
        }
        Fields fields = Fields.of(value, "tracker.yml", TRACKER_KEYS, problems);
        if (fields == null) {
            return null;
        }
        String title = fields.requiredText("title", "it is the site's title, shown on every page");
        String language = fields.optionalText("language");
        if (!language.isEmpty() && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            problems.error(fields.valuePositionOf("language"), "`language:` must be a language code such as"
                    + " `en` or `cy`");
        }
        String publisher = fields.optionalText("publisher");
        Settings settings = new Settings(title == null ? "" : title, fields.optionalText("description"),
                publisher, language.isEmpty() ? "en" : language, repository(fields), translations(fields),
                new PublicationReader(problems).read(fields, (YamlValue.Mapping) value, publisher),
                abbreviations(fields));
        List<Status> statuses = statuses(fields);
        List<Outcome> outcomes = outcomes(fields);
        List<Theme> themes = themes(fields);
        List<Field> declared = new FieldDeclarations(problems).read(fields);
        List<Response> responses = responses(fields);
        if (statuses == null || outcomes == null || themes == null || title == null || declared == null
                || responses == null) {
            return null;
        }
        if (statuses.stream().noneMatch(Status::onScale)) {
            problems.error(fields.positionOf("statuses"), "`statuses:` needs at least one status that is"
                    + " a step of progress (without `kind:`)");
            return null;
        }
        return new Result(settings, new Vocabulary(statuses, outcomes, themes, declared, responses));
    }

    /** What each declared abbreviation stands for, in the order written; empty when none are declared. */
    private java.util.Map<String, String> abbreviations(Fields fields) {
        YamlValue.Entry entry = fields.entry("abbreviations");
        if (entry == null) {
            return java.util.Map.of();
        }
        if (!(entry.value() instanceof YamlValue.Mapping map)) {
            problems.error(entry.value().position(), "`abbreviations:` must be `SHORT: what it stands for` lines,"
                    + " such as `CDDO: Central Digital and Data Office`, not " + entry.value().kind());
            return java.util.Map.of();
        }
        java.util.Map<String, String> meanings = new java.util.LinkedHashMap<>();
        for (YamlValue.Entry abbreviation : map.entries()) {
            if (!(abbreviation.value() instanceof YamlValue.Scalar meaning) || meaning.text().isBlank()) {
                problems.error(abbreviation.position(), "`" + abbreviation.key() + ":` must say what the"
                        + " abbreviation stands for, such as `" + abbreviation.key() + ": Central Digital and Data"
                        + " Office`");
                continue;
            }
            meanings.put(abbreviation.key().strip(), meaning.text().strip());
        }
        return meanings;
    }

    /** The content folders of the tracker in other languages: relative paths, each to a folder with a tracker.yml. */
    private List<String> translations(Fields fields) {
        if (!fields.has("translations")) {
            return List.of();
        }
        List<String> folders = fields.requiredTextList("translations", "list the content folders of the tracker in"
                + " other languages, such as `../tracker-cy`");
        if (folders == null) {
            return List.of();
        }
        for (String folder : folders) {
            if (folder.startsWith("/") || folder.contains("\\") || folder.matches("[A-Za-z]:.*")) {
                problems.error(fields.valuePositionOf("translations"), "`" + folder + "` must be a folder relative"
                        + " to this one, such as `../tracker-cy`");
                return List.of();
            }
        }
        return folders;
    }

    /** The repository for "Edit this page" links, or {@code null} when not named (or wrongly, reported). */
    private SourceRepository repository(Fields fields) {
        String url = fields.optionalText("repository");
        String branch = fields.optionalText("branch");
        String path = fields.optionalText("contentPath");
        if (url.isEmpty()) {
            for (String key : List.of("branch", "contentPath")) {
                if (!fields.optionalText(key).isEmpty()) {
                    problems.warning(fields.positionOf(key), "`" + key + ":` is only used with `repository:`,"
                            + " the address of the repository on GitHub");
                }
            }
            return null;
        }
        boolean valid = true;
        String address = url.replaceAll("/+$", "").replaceAll("\\.git$", "");
        if (!REPOSITORY.matcher(address).matches()) {
            problems.error(fields.valuePositionOf("repository"), "`repository:` must be the address of a GitHub"
                    + " repository, such as https://github.com/org/repo");
            valid = false;
        }
        if (!branch.isEmpty() && !SAFE_PATH.matcher(branch).matches()) {
            problems.error(fields.valuePositionOf("branch"), "`" + branch + "` is not a branch name; write it as"
                    + " Git shows it, such as `main`");
            valid = false;
        }
        if (!path.isEmpty() && !path.equals(".") && !SAFE_PATH.matcher(path).matches()) {
            problems.error(fields.valuePositionOf("contentPath"), "`contentPath:` is the content folder's path"
                    + " inside the repository, with `/` between folders, such as `site-content/src/tracker`"
                    + " (`.` when it is the repository's top folder)");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        return new SourceRepository(address, branch.isEmpty() ? SourceRepository.DEFAULT_BRANCH : branch,
                path.isEmpty() ? SourceRepository.DEFAULT_CONTENT_PATH : path.equals(".") ? "" : path);
    }

    private List<Status> statuses(Fields fields) {
        List<YamlValue> items = fields.requiredList("statuses",
                "list the statuses from worst to best, each with a `name:` and a `meaning:`");
        if (items == null) {
            return null;
        }
        List<Status> statuses = new ArrayList<>();
        Set<String> names = new HashSet<>();
        java.util.Map<String, String> slugs = new java.util.HashMap<>();
        for (YamlValue item : items) {
            Term term = term(item, "a status", TERM_KEYS, names);
            if (term == null) {
                continue;
            }
            StatusKind kind = switch (term.kind()) {
                case "" -> StatusKind.SCALE;
                case "unassessed" -> StatusKind.UNASSESSED;
                case "closed" -> StatusKind.CLOSED;
                default -> {
                    problems.error(term.kindPosition(), "a status's `kind:` is `unassessed` (not yet assessed),"
                            + " `closed` (no longer followed up), or left out; not `" + term.kind() + "`");
                    yield null;
                }
            };
            String slug = slug(term.name(), "status-" + (statuses.size() + 1), slugs, item, "statuses");
            if (kind != null && slug != null) {
                statuses.add(new Status(term.name(), slug, term.meaning(), kind, statuses.size()));
            }
        }
        return statuses.size() == items.size() ? statuses : null;
    }

    private List<Outcome> outcomes(Fields fields) {
        List<YamlValue> items = fields.requiredList("outcomes",
                "list what a review may decide about a recommendation, such as Retained or Removed");
        if (items == null) {
            return null;
        }
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        java.util.Map<String, String> slugs = new java.util.HashMap<>();
        for (YamlValue item : items) {
            Term term = term(item, "an outcome", TERM_KEYS, names);
            if (term == null) {
                continue;
            }
            if (!term.kind().isEmpty() && !term.kind().equals("removed")) {
                problems.error(term.kindPosition(), "an outcome's `kind:` is `removed` (the recommendation is"
                        + " not followed in later reviews) or left out; not `" + term.kind() + "`");
                continue;
            }
            String slug = slug(term.name(), "outcome-" + (outcomes.size() + 1), slugs, item, "outcomes");
            if (slug != null) {
                outcomes.add(new Outcome(term.name(), slug, term.meaning(), !term.kind().isEmpty()));
            }
        }
        return outcomes.size() == items.size() ? outcomes : null;
    }

    /** The responses an addressee may give: optional, so empty when not listed. */
    private List<Response> responses(Fields fields) {
        if (!fields.has("responses")) {
            return List.of();
        }
        List<YamlValue> items = fields.requiredList("responses", "list the responses an addressee may give, such as"
                + " Accepted or Not accepted, each with a `name:` and a `meaning:`");
        if (items == null) {
            return null;
        }
        List<Response> responses = new ArrayList<>();
        Set<String> names = new HashSet<>();
        java.util.Map<String, String> slugs = new java.util.HashMap<>();
        for (YamlValue item : items) {
            Term term = term(item, "a response", RESPONSE_KEYS, names);
            if (term == null) {
                continue;
            }
            String slug = slug(term.name(), "response-" + (responses.size() + 1), slugs, item, "responses");
            if (slug != null) {
                responses.add(new Response(term.name(), slug, term.meaning(), responses.size()));
            }
        }
        return responses.size() == items.size() ? responses : null;
    }

    private List<Theme> themes(Fields fields) {
        List<YamlValue> items = fields.requiredList("themes", "list the themes recommendations are grouped in");
        if (items == null) {
            return null;
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        java.util.Map<String, String> slugs = new java.util.HashMap<>();
        for (YamlValue item : items) {
            Term term = term(item, "a theme", THEME_KEYS, names);
            if (term == null) {
                continue;
            }
            String slug = slug(term.name(), "theme-" + (themes.size() + 1), slugs, item, "themes");
            if (slug != null) {
                themes.add(new Theme(term.name(), slug, term.meaning()));
            }
        }
        return themes.size() == items.size() ? themes : null;
    }

    /**
     * The name of a term in page addresses and anchors, or {@code null} after reporting that another term of the
     * same list already has it; {@code fallback} for a name without a letter that has a Latin spelling.
     */
    private String slug(String name, String fallback, java.util.Map<String, String> taken, YamlValue item,
            String list) {
        String slug = Slugs.of(name, fallback);
        String other = taken.putIfAbsent(slug, name);
        if (other != null) {
            problems.error(item.position(), "`" + other + "` and `" + name + "` in `" + list + ":` would both be"
                    + " named `" + slug + "` in page addresses; make one of the names more distinct");
            return null;
        }
        return slug;
    }

    /**
     * One entry of a list of names: a bare name, or a map with a name and a meaning (or a description); reported
     * when it has no name or repeats one of {@code names}, to which it is added.
     *
     * @return the entry, or {@code null} when it is wrong (reported)
     */
    Term term(YamlValue item, String what, List<String> keys, Set<String> names) {
        Term term;
        if (item instanceof YamlValue.Scalar scalar) {
            term = new Term(scalar.text().strip(), "", "", item.position());
        } else {
            Fields fields = Fields.of(item, what, keys, problems);
            if (fields == null) {
                return null;
            }
            String name = fields.requiredText("name", what + " needs a name");
            if (name == null) {
                return null;
            }
            String meaning = keys.contains("meaning") ? fields.optionalText("meaning") : fields.optionalText("description");
            String kind = keys.contains("kind") ? fields.optionalText("kind").toLowerCase(Locale.ROOT) : "";
            term = new Term(name.strip(), meaning, kind, fields.valuePositionOf("kind"));
        }
        if (term.name().isEmpty()) {
            problems.error(item.position(), what + " needs a name");
            return null;
        }
        if (!names.add(Terms.key(term.name()))) {
            problems.error(item.position(), "`" + term.name() + "` is listed twice");
            return null;
        }
        String mixed = Scripts.mixed(term.name());
        if (mixed != null) {
            problems.warning(item.position(), "`" + term.name() + "` mixes " + mixed + " letters, which look alike;"
                    + " retype it in one alphabet, or editors who type it will not match it");
        }
        return term;
    }

    /** An entry of a list of names: its name, its meaning, its {@code kind:} and where that is written. */
    record Term(String name, String meaning, String kind, Position kindPosition) {
    }

    /** What tracker.yml defines. */
    record Result(Settings settings, Vocabulary vocabulary) {
    }
}
