package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.model.Publication;
import io.github.trackdown.model.Publication.Accessibility;
import io.github.trackdown.model.Publication.Contact;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.report.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks and reads the settings a public body publishes with its site: {@code licence:}, {@code contact:},
 * {@code privacy:}, {@code accessibility:} and {@code updated:} in {@code tracker.yml}.
 *
 * <p>Every mistake is reported with the line and column of the value, and the setting is then left out.
 */
final class PublicationReader {

    /** The keys of {@code tracker.yml} this reader reads. */
    static final List<String> KEYS = List.of("licence", "contact", "privacy", "accessibility", "updated");

    private static final List<String> LICENCE_KEYS = List.of("name", "url", "copyright");
    private static final List<String> ACCESSIBILITY_KEYS = List.of("lastChecked", "knownIssues");
    private static final String CROWN_COPYRIGHT = "© Crown copyright";
    /** An e-mail address as people write it: something, {@code @}, a domain with a dot; no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final Problems problems;

    PublicationReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The publication settings of {@code tracker.yml}.
     *
     * @param fields the reader of tracker.yml's top-level keys
     * @param map tracker.yml's top-level map
     * @param publisher the publisher named by {@code publisher:}, empty when not given
     */
    Publication read(Fields fields, YamlValue.Mapping map, String publisher) {
        Accessibility accessibility = accessibility(map.get("accessibility"));
        if (accessibility != null && publisher.isEmpty()) {
            problems.error(fields.positionOf("accessibility"), "the accessibility statement names the organisation"
                    + " that runs the site: add `publisher:`, such as `publisher: Office for Statistics Regulation`");
        }
        Contact contact = contact(map.get("contact"));
        if (accessibility != null && !fields.has("contact")) {
            problems.error(fields.positionOf("accessibility"), "the accessibility statement tells readers how to ask"
                    + " for another format and report a problem: add `contact:`, an e-mail address or the address"
                    + " of a contact form");
        }
        return new Publication(licence(map.get("licence")), contact, privacy(fields), accessibility,
                date(map.get("updated"), "the date the content was last changed"));
    }

    private Licence licence(YamlValue.Entry entry) {
        if (entry == null) {
            return null;
        }
        if (entry.value() instanceof YamlValue.Scalar scalar) {
            String name = scalar.text().strip();
            if (name.equalsIgnoreCase(Licence.OGL_SPDX)) {
                return Licence.openGovernmentLicence(CROWN_COPYRIGHT);
            }
            problems.error(scalar.position(), "`licence:` is `" + Licence.OGL_SPDX + "` (the Open Government"
                    + " Licence v3.0, © Crown copyright), or a `name:`, `url:` and `copyright:` on lines of their"
                    + " own; not `" + name + "`");
            return null;
        }
        Fields fields = Fields.of(entry.value(), "`licence:`", LICENCE_KEYS, problems);
        if (fields == null) {
            return null;
        }
        String name = fields.requiredText("name", "give the licence's name, such as `Open Government Licence v3.0`,"
                + " or `" + Licence.OGL_SPDX + "`");
        String copyright = fields.optionalText("copyright");
        if (name != null && name.strip().equalsIgnoreCase(Licence.OGL_SPDX)) {
            if (!fields.optionalText("url").isEmpty()) {
                problems.warning(fields.positionOf("url"), "`url:` is not needed with `" + Licence.OGL_SPDX
                        + "`: the licence's own address is used");
            }
            return Licence.openGovernmentLicence(copyright.isEmpty() ? CROWN_COPYRIGHT : copyright);
        }
        String url = fields.requiredText("url", "give the address of the licence's text, starting with https://");
        if (url != null && !isWebAddress(url.strip())) {
            problems.error(fields.valuePositionOf("url"), "`url:` must be a web address starting with https://"
                    + " or http://");
            url = null;
        }
        if (copyright.isEmpty()) {
            problems.error(fields.position(), "`copyright:` is missing; write the copyright line shown with the"
                    + " licence, such as `© Crown copyright` or `© Example Trust`");
        }
        if (name == null || url == null || copyright.isEmpty()) {
            return null;
        }
        return new Licence(name.strip(), url.strip(), copyright, "");
    }

    private Contact contact(YamlValue.Entry entry) {
        if (entry == null) {
            return null;
        }
        String text = text(entry);
        if (text == null) {
            return null;
        }
        if (EMAIL.matcher(text).matches()) {
            return new Contact(text, "");
        }
        if (isWebAddress(text)) {
            return new Contact("", text);
        }
        problems.error(entry.value().position(), "`contact:` is an e-mail address, such as"
                + " `regulation@statistics.gov.uk`, or the address of a contact form starting with https://;"
                + " not `" + text + "`");
        return null;
    }

    private String privacy(Fields fields) {
        String url = fields.optionalText("privacy");
        if (!url.isEmpty() && !isWebAddress(url)) {
            problems.error(fields.valuePositionOf("privacy"), "`privacy:` is the address of your privacy notice,"
                    + " starting with https://");
            return "";
        }
        return url;
    }

    private Accessibility accessibility(YamlValue.Entry entry) {
        if (entry == null) {
            return null;
        }
        Fields fields = Fields.of(entry.value(), "`accessibility:`", ACCESSIBILITY_KEYS, problems);
        if (fields == null) {
            return null;
        }
        YamlValue.Mapping map = (YamlValue.Mapping) entry.value();
        LocalDate lastChecked;
        if (map.get("lastChecked") == null) {
            problems.error(fields.position(), "`lastChecked:` is missing; give the date the site was last checked"
                    + " for accessibility, as YYYY-MM-DD");
            lastChecked = null;
        } else {
            lastChecked = date(map.get("lastChecked"), "the date the site was last checked for accessibility");
        }
        List<String> issues = List.of();
        if (fields.has("knownIssues")) {
            issues = fields.requiredTextList("knownIssues", "list the content that is not accessible, one sentence"
                    + " a line starting with `- `, or leave `knownIssues:` out");
        }
        if (lastChecked == null || issues == null) {
            return null;
        }
        return new Accessibility(lastChecked, issues);
    }

    private LocalDate date(YamlValue.Entry entry, String what) {
        if (entry == null) {
            return null;
        }
        String text = text(entry);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(entry.value().position(), "`" + text + "` is not a date; write " + what
                    + " as YYYY-MM-DD, such as 2024-07-18");
            return null;
        }
    }

    /** The entry's value as one text, stripped; {@code null} when it is empty or not one value (reported). */
    private String text(YamlValue.Entry entry) {
        if (entry.value() instanceof YamlValue.Scalar scalar && !scalar.text().isBlank()) {
            return scalar.text().strip();
        }
        problems.error(entry.value().position(), "`" + entry.key() + ":` must be a single value, not "
                + (entry.value() instanceof YamlValue.Scalar ? "empty" : entry.value().kind()));
        return null;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
