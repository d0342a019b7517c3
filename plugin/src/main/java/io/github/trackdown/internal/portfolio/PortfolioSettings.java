package io.github.trackdown.internal.portfolio;

import io.github.trackdown.model.Publication;
import io.github.trackdown.report.Position;
import java.util.List;

/**
 * What {@code portfolio.yml} says: the portfolio's own title and words, the publication settings its reports share,
 * and the spelling variants of owners' names.
 *
 * @param title the portfolio's title, shown on its own pages
 * @param description one or two sentences on what the portfolio follows; empty when not given
 * @param publisher the body that publishes it; empty when not given
 * @param language the language tag of its own pages; defaults to {@code en}
 * @param publication the licence, contact, privacy notice and accessibility facts; a report whose tracker.yml gives
 *     none of these takes the portfolio's; {@link Publication#NONE} when not given
 * @param aliases each spelling variant of an owner's name, with the name it stands for; none by default
 */
public record PortfolioSettings(String title, String description, String publisher, String language,
        Publication publication, List<Alias> aliases) {

    /** The name of the file that makes a content folder a portfolio. */
    public static final String FILE = "portfolio.yml";

    public PortfolioSettings {
        aliases = List.copyOf(aliases);
    }

    /**
     * One spelling variant of an owner's name, as written under {@code aliases:}.
     *
     * @param owner the name the variant stands for, as pages show it
     * @param variant the other spelling, as some report writes it
     * @param position where the variant is written in portfolio.yml
     */
    public record Alias(String owner, String variant, Position position) {
    }
}
