package io.github.trackdown.internal.render;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.FieldType;
import io.github.trackdown.model.FieldValue;
import io.github.trackdown.model.Recommendation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** How the values of the fields a tracker declares are shown: on recommendation pages and in the home matrix. */
final class FieldDisplay {

    private final List<Field> fields;
    private final String language;
    private final Messages messages;
    private final MarkdownRenderer markdown;
    private final DateTimeFormatter days;
    private final DateTimeFormatter months;

    FieldDisplay(List<Field> fields, String language, Messages messages, MarkdownRenderer markdown) {
        this.fields = List.copyOf(fields);
        this.language = language;
        this.messages = messages;
        this.markdown = markdown;
        Locale locale = Locale.forLanguageTag(language);
        this.days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.months = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    }

    /** The values an assessment gives, as shown on its recommendation's page. */
    List<PartViews.FieldShown> shown(Assessment assessment, String root) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<PartViews.FieldShown> shown = new ArrayList<>();
        for (FieldValue value : assessment.fields()) {
            Field field = value.field();
            String text = switch (field.type()) {
                case DATE -> date(value.text());
                case YES_NO -> messages.text("field." + value.text());
                default -> value.text();
            };
            shown.add(new PartViews.FieldShown(field.name(), field.labelIn(language), text,
                    field.type() == FieldType.LINK ? value.text() : "",
                    field.type() == FieldType.MARKDOWN ? markdown.toHtml(value.markdown(), root) : ""));
        }
        return shown;
    }

    /** The values a matrix row carries for its filters and sorting: one per filtering or sortable field. */
    List<PartViews.RowData> rowData(Assessment latest) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<PartViews.RowData> data = new ArrayList<>();
        for (Field field : fields) {
            if (field.type().filters()) {
                FieldValue value = latest.valueOf(field);
                data.add(new PartViews.RowData(field.name(), value == null ? "" : String.join("|", value.values())));
            }
        }
        return data;
    }

    /** The labels of the matrix columns that sort by date and number fields. */
    List<String> valueColumns() {
        return fields.stream().filter(field -> field.type().sorts()).map(field -> field.labelIn(language)).toList();
    }

    /** A matrix row's cells in the columns of {@link #valueColumns()}. */
    List<PartViews.ValueCell> valueCells(Assessment latest) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<PartViews.ValueCell> cells = new ArrayList<>();
        for (Field field : fields) {
            if (field.type().sorts()) {
                FieldValue value = latest.valueOf(field);
                cells.add(value == null ? new PartViews.ValueCell("", "")
                        : new PartViews.ValueCell(value.text(), field.type() == FieldType.DATE ? date(value.text())
                                : value.text()));
            }
        }
        return cells;
    }

    /** The filters by the declared {@code choice}, {@code yes-no} and {@code list} fields. */
    List<PartViews.FieldFilter> filters(List<Recommendation> recommendations) {
        List<PartViews.FieldFilter> filters = new ArrayList<>();
        for (Field field : fields) {
            List<PartViews.Option> options = switch (field.type()) {
                case CHOICE -> field.values().stream().map(v -> new PartViews.Option(v.name(), v.name())).toList();
                case YES_NO -> List.of(new PartViews.Option("yes", messages.text("field.yes")),
                        new PartViews.Option("no", messages.text("field.no")));
                case LIST -> listed(field, recommendations);
                default -> null;
            };
            if (options != null) {
                filters.add(new PartViews.FieldFilter(field.name(), field.labelIn(language),
                        field.type() == FieldType.LIST, options));
            }
        }
        return filters;
    }

    /** Every value a list field has in the recommendations' latest review, in alphabetical order. */
    private static List<PartViews.Option> listed(Field field, List<Recommendation> recommendations) {
        Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Recommendation recommendation : recommendations) {
            FieldValue value = recommendation.latest().valueOf(field);
            if (value != null) {
                values.addAll(value.values());
            }
        }
        return values.stream().map(v -> new PartViews.Option(v, v)).toList();
    }

    /** A day or a month in words, such as "14 March 2025" or "March 2025". */
    private String date(String written) {
        return written.length() == 7 ? months.format(YearMonth.parse(written)) : days.format(LocalDate.parse(written));
    }
}
