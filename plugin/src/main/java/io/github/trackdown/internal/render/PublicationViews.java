package io.github.trackdown.internal.render;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Publication;
import io.github.trackdown.model.Publication.Contact;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.model.Settings;
import io.github.trackdown.model.Tracker;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The values of what a public body's site shows about itself: the footer's licence, links and date of last update,
 * the accessibility statement, and the feedback links of a recommendation's page.
 */
public final class PublicationViews {

    /** The accessibility statement's page, at the site's root. */
    public static final String STATEMENT_PATH = "accessibility.html";

    private PublicationViews() {
    }

    /**
     * What every page's footer adds.
     *
     * @param statementHref the accessibility statement; empty when the tracker has none
     * @param licenceName the licence's name; empty when the tracker names none
     * @param licenceHref the licence's address; empty when none
     * @param copyright the copyright line; empty when no licence is named
     * @param privacyHref the privacy notice; empty when not given
     * @param contactHref where to write to the publisher; empty when not given
     * @param lastUpdated the date the content last changed, in the tracker's language ("July 2024" when it is a review's
     *     that gives only its month)
     * @param lastUpdatedDatetime the same date as YYYY-MM-DD, or YYYY-MM
     */
    public record Footer(String statementHref, String licenceName, String licenceHref, String copyright,
            String privacyHref, String contactHref, String lastUpdated, String lastUpdatedDatetime) {
    }

    /**
     * The accessibility statement's own values; the layout gives {@code siteTitle}.
     *
     * @param organisation the body that runs the site (the tracker's {@code publisher:})
     * @param compliant whether no known issue is listed
     * @param knownIssues the content known not to be accessible
     * @param contactHref where to ask for another format or report a problem
     * @param contactLabel the e-mail address or form address, as shown
     * @param lastChecked the date of the last accessibility check, in the tracker's language
     * @param lastCheckedDatetime the same date as YYYY-MM-DD
     */
    public record Statement(String organisation, boolean compliant, List<String> knownIssues, String contactHref,
            String contactLabel, String lastChecked, String lastCheckedDatetime) {
    }

    /**
     * The feedback links of a recommendation's page, each with a subject naming the recommendation and its latest
     * review.
     *
     * @param reportHref "Report a problem with this page"
     * @param suggestHref "Suggest an update"
     */
    public record Feedback(String reportHref, String suggestHref) {
    }

    /** The footer's values for a page whose way back to the site's root is {@code root}. */
    public static Footer footer(Tracker tracker, String root, DateTimeFormatter dates) {
        Publication publication = tracker.settings().publication();
        LocalDate updated = publication.lastUpdated(tracker);
        Licence licence = publication.licence();
        Contact contact = publication.contact();
        return new Footer(hasStatement(tracker.settings()) ? root + STATEMENT_PATH : "",
                licence == null ? "" : licence.name(), licence == null ? "" : licence.url(),
                licence == null ? "" : licence.copyright(), publication.privacyUrl(),
                contact == null ? "" : contact.href(""), monthOnly(tracker, updated)
                        ? DateTimeFormatter.ofPattern("MMMM yyyy", dates.getLocale()).format(updated)
                        : dates.format(updated),
                monthOnly(tracker, updated) ? YearMonth.from(updated).toString() : updated.toString());
    }

    /** Whether the date of last update is a review's that gives only its month: the footer then names no day. */
    private static boolean monthOnly(Tracker tracker, LocalDate updated) {
        return tracker.reviews().stream().anyMatch(r -> r.publishedMonthOnly() && r.published().equals(updated));
    }

    /** Whether the site has an accessibility statement: when {@code accessibility:} and {@code contact:} are set. */
    public static boolean hasStatement(Settings settings) {
        return settings.publication().accessibility() != null && settings.publication().contact() != null;
    }

    /** The statement's values; only for a tracker that {@linkplain #hasStatement has one}. */
    public static Statement statement(Settings settings, DateTimeFormatter dates) {
        Publication publication = settings.publication();
        Publication.Accessibility accessibility = publication.accessibility();
        return new Statement(settings.publisher(), accessibility.knownIssues().isEmpty(),
                accessibility.knownIssues(), publication.contact().href(""), publication.contact().label(),
                dates.format(accessibility.lastChecked()), accessibility.lastChecked().toString());
    }

    /** The feedback links for a recommendation's latest assessment; {@code null} without {@code contact:}. */
    public static Feedback feedback(Settings settings, Assessment latest, Messages messages) {
        Contact contact = settings.publication().contact();
        if (contact == null) {
            return null;
        }
        return new Feedback(
                contact.href(messages.format("feedback.reportSubject", latest.id(), latest.year(), latest.title())),
                contact.href(messages.format("feedback.suggestSubject", latest.id(), latest.year(),
                        latest.title())));
    }
}
