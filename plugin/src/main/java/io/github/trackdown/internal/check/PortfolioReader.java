package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.internal.portfolio.Owners;
import io.github.trackdown.internal.portfolio.PortfolioSettings;
import io.github.trackdown.internal.portfolio.PortfolioSettings.Alias;
import io.github.trackdown.model.Publication;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks and reads {@code portfolio.yml}: the portfolio's title and words, the publication settings its reports
 * share, and {@code aliases:}, the spelling variants of owners' names. Every mistake is reported with its line and
 * column.
 */
public final class PortfolioReader {

    /** The keys portfolio.yml may have. */
    static final List<String> KEYS = Stream.concat(Stream.of("title", "description", "publisher", "language",
            "aliases"), PublicationReader.KEYS.stream()).toList();

    private final Problems problems;

    /** A reader that reports into the given collector. */
    public PortfolioReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The settings of portfolio.yml, or {@code null} when it is unusable (reported).
     *
     * @param value portfolio.yml as read; {@code null} when it could not be read (already reported)
     * @param fileName the file's name in messages
     */
    public PortfolioSettings read(YamlValue value, String fileName) {
        if (value == null) {
            problems.error(Position.of(fileName), "portfolio.yml is empty; it gives the portfolio's `title:`");
            return null;
        }
        Fields fields = Fields.of(value, "portfolio.yml", KEYS, problems);
        if (fields == null) {
            return null;
        }
        String title = fields.requiredText("title", "it is the portfolio's title, shown on its home page");
        String language = fields.optionalText("language");
        if (!language.isEmpty() && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            problems.error(fields.valuePositionOf("language"), "`language:` must be a language code such as"
                    + " `en` or `cy`");
        }
        String publisher = fields.optionalText("publisher");
        Publication publication = new PublicationReader(problems).read(fields, (YamlValue.Mapping) value, publisher);
        List<Alias> aliases = aliases(fields.entry("aliases"));
        if (title == null) {
            return null;
        }
        return new PortfolioSettings(title, fields.optionalText("description"), publisher,
                language.isEmpty() ? "en" : language, publication, aliases);
    }

    /**
     * Reports every alias that names no owner: a variant that no recommendation of any report is addressed to in
     * its latest review.
     */
    public void checkAliases(PortfolioSettings settings, List<Tracker> reports) {
        Set<String> written = Owners.written(reports);
        for (Alias alias : settings.aliases()) {
            if (!written.contains(alias.variant())) {
                String meant = Suggestions.closest(alias.variant(), List.copyOf(written));
                problems.error(alias.position(), "the alias `" + alias.variant() + "` of `" + alias.owner()
                        + "` names no owner: no recommendation of any report is addressed to it in its latest"
                        + " review" + (meant == null ? "" : "; did you mean `" + meant + "`?"));
            }
        }
    }

    /** {@code aliases:}: a map from an owner's name to the list of its other spellings. */
    private List<Alias> aliases(YamlValue.Entry entry) {
        List<Alias> aliases = new ArrayList<>();
        if (entry == null) {
            return aliases;
        }
        if (!(entry.value() instanceof YamlValue.Mapping map)) {
            problems.error(entry.value().position(), "`aliases:` lists, under each owner's name as pages show it,"
                    + " the other spellings reports use, such as `Cabinet Office: [The Cabinet Office]`; not "
                    + entry.value().kind());
            return aliases;
        }
        Map<String, String> ownerOf = new HashMap<>();
        for (YamlValue.Entry owner : map.entries()) {
            List<YamlValue> variants = owner.value() instanceof YamlValue.Sequence sequence ? sequence.items()
                    : List.of(owner.value());
            for (YamlValue variant : variants) {
                if (!(variant instanceof YamlValue.Scalar scalar) || scalar.text().isBlank()) {
                    problems.error(variant.position(), "each alias of `" + owner.key() + "` is one other spelling"
                            + " of its name, not " + (variant instanceof YamlValue.Scalar ? "an empty value"
                            : variant.kind()));
                    continue;
                }
                String name = scalar.text().strip();
                String before = ownerOf.putIfAbsent(name, owner.key());
                if (name.equals(owner.key())) {
                    problems.error(scalar.position(), "`" + name + "` is the owner's own name, not an alias of it");
                } else if (before != null) {
                    problems.error(scalar.position(), "`" + name + "` is already an alias of `" + before + "`; an"
                            + " alias stands for one owner");
                } else if (map.get(name) != null) {
                    problems.error(scalar.position(), "`" + name + "` has aliases of its own; an alias cannot be an"
                            + " owner named under `aliases:`");
                } else {
                    aliases.add(new Alias(owner.key().strip(), name, scalar.position()));
                }
            }
        }
        return aliases;
    }
}
