package io.github.trackdown.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a public body must say about its site, from {@code tracker.yml}: its licence, how to contact it, its
 * privacy notice, its accessibility statement's facts, and an explicit date of last update.
 *
 * <p>Every part is optional; {@link #NONE} (the default) has none of them, and the site then shows no licence,
 * contact or statement.
 *
 * @param licence the licence the content and data are published under; {@code null} when not given
 * @param contact how readers reach the publisher: an e-mail address or a form's address; {@code null} when not given
 * @param privacyUrl the address of the publisher's privacy notice; empty when not given
 * @param accessibility the facts of the accessibility statement; {@code null} when not given (no statement page)
 * @param updated the date the content was last changed, when later than the newest review; {@code null} when not
 *     given
 */
public record Publication(Licence licence, Contact contact, String privacyUrl, Accessibility accessibility,
        LocalDate updated) {

    /** No licence, contact, privacy notice, statement or update date: what a tracker without these settings has. */
    public static final Publication NONE = new Publication(null, null, "", null, null);

    /**
     * The content's licence and copyright line.
     *
     * @param name the licence's name, such as "Open Government Licence v3.0"
     * @param url the licence's address
     * @param copyright the copyright line, such as "© Crown copyright"
     * @param spdx the licence's SPDX identifier, such as {@code OGL-UK-3.0}; empty when not known
     */
    public record Licence(String name, String url, String copyright, String spdx) {

        /** The SPDX identifier of the Open Government Licence v3.0. */
        public static final String OGL_SPDX = "OGL-UK-3.0";

        /** The Open Government Licence v3.0, with the given copyright line. */
        public static Licence openGovernmentLicence(String copyright) {
            return new Licence("Open Government Licence v3.0",
                    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", copyright,
                    OGL_SPDX);
        }
    }

    /**
     * Where readers write to the publisher.
     *
     * @param email an e-mail address; empty when a form is used
     * @param formUrl the address of a contact form; empty when an e-mail address is used
     */
    public record Contact(String email, String formUrl) {

        /** The address a link to write to the publisher leads to, with a subject filled in when not empty. */
        public String href(String subject) {
            String encoded = UrlText.encode(subject);
            if (!email.isEmpty()) {
                return "mailto:" + email + (subject.isEmpty() ? "" : "?subject=" + encoded);
            }
            if (subject.isEmpty()) {
                return formUrl;
            }
            return formUrl + (formUrl.contains("?") ? "&" : "?") + "subject=" + encoded;
        }

        /** What the contact is, as shown to readers: the e-mail address, or the form's address. */
        public String label() {
            return email.isEmpty() ? formUrl : email;
        }
    }

    /**
     * The facts of the accessibility statement that only the publisher knows.
     *
     * @param lastChecked when the site was last checked for accessibility
     * @param knownIssues the content known not to be accessible, one sentence each; empty when none is known, and
     *     the statement then says the site is fully compliant
     */
    public record Accessibility(LocalDate lastChecked, List<String> knownIssues) {

        public Accessibility {
            knownIssues = List.copyOf(knownIssues);
        }
    }

    /** The licence, when given. */
    public Optional<Licence> licenceIfAny() {
        return Optional.ofNullable(licence);
    }

    /**
     * The date the content was last updated: the later of {@code updated:} and the newest review's publication date,
     * never the build's clock, so the same content always gives the same pages.
     */
    public LocalDate lastUpdated(Tracker tracker) {
        LocalDate newest = tracker.reviews().stream().map(Review::published).max(LocalDate::compareTo)
                .orElseThrow();
        return updated != null && updated.isAfter(newest) ? updated : newest;
    }
}
