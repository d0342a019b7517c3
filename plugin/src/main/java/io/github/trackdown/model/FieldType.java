package io.github.trackdown.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What kind of value a front-matter field holds, and so how it is checked, shown and exported. */
public enum FieldType {
    /** One line of text, shown as it is. */
    TEXT,
    /** Markdown, converted to HTML like the wording. */
    MARKDOWN,
    /** One of the field's listed values; offered as a filter on the home page. */
    CHOICE,
    /** A day ({@code 2025-03-14}) or a month ({@code 2025-03}); sortable. */
    DATE,
    /** A number such as {@code 12} or {@code 3.5}; sortable. */
    NUMBER,
    /** {@code yes} or {@code no} ({@code true} and {@code false} too); offered as a filter on the home page. */
    YES_NO,
    /** Several values, one per line starting with {@code - }; offered as a filter on the home page. */
    LIST,
    /** A web address starting with {@code https://} or {@code http://}, shown as a link. */
    LINK;

    /** How editors write the type in {@code tracker.yml}, such as {@code yes-no}. */
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every type as editors write them, in this order. */
    public static List<String> allWritten() {
        return Arrays.stream(values()).map(FieldType::written).toList();
    }

    /** Whether the home page's matrix offers the field as a filter. */
    public boolean filters() {
        return this == CHOICE || this == YES_NO || this == LIST;
    }

    /** Whether the home page's matrix can be sorted by the field. */
    public boolean sorts() {
        return this == DATE || this == NUMBER;
    }
}
