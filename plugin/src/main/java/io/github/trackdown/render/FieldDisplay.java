package io.github.trackdown.render;

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
    List<Views.FieldShown> shown(Assessment assessment, String root) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<Views.FieldShown> shown = new ArrayList<>();
        for (FieldValue value : assessment.fields()) {
            Field field = value.field();
            String text = switch (field.type()) {
                case DATE -> date(value.text());
                case YES_NO -> messages.text("field." + value.text());
                default -> value.text();
            };
            shown.add(new Views.FieldShown(field.name(), field.labelIn(language), text,
                    field.type() == FieldType.LINK ? value.text() : "",
                    field.type() == FieldType.MARKDOWN ? markdown.toHtml(value.markdown(), root) : ""));
        }
        return shown;
    }

    /** The values a matrix row carries for its filters and sorting: one per filtering or sortable field. */
    List<Views.RowData> rowData(Assessment latest) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<Views.RowData> data = new ArrayList<>();
        for (Field field : fields) {
            if (field.type().filters()) {
                FieldValue value = latest.valueOf(field);
                data.add(new Views.RowData(field.name(), value == null ? "" : String.join("|", value.values())));
            }
        }
        return data;
    }

    /** The labels of the matrix columns that sort by date and number fields. */
    List<String> valueColumns() {
        return fields.stream().filter(field -> field.type().sorts()).map(field -> field.labelIn(language)).toList();
    }

    /** A matrix row's cells in the columns of {@link #valueColumns()}. */
    List<Views.ValueCell> valueCells(Assessment latest) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<Views.ValueCell> cells = new ArrayList<>();
        for (Field field : fields) {
            if (field.type().sorts()) {
                FieldValue value = latest.valueOf(field);
                cells.add(value == null ? new Views.ValueCell("", "")
                        : new Views.ValueCell(value.text(), field.type() == FieldType.DATE ? date(value.text())
                                : value.text()));
            }
        }
        return cells;
    }

    /** The filters by the declared {@code choice}, {@code yes-no} and {@code list} fields. */
    List<Views.FieldFilter> filters(List<Recommendation> recommendations) {
        List<Views.FieldFilter> filters = new ArrayList<>();
        for (Field field : fields) {
            List<Views.Option> options = switch (field.type()) {
                case CHOICE -> field.values().stream().map(v -> new Views.Option(v.name(), v.name())).toList();
                case YES_NO -> List.of(new Views.Option("yes", messages.text("field.yes")),
                        new Views.Option("no", messages.text("field.no")));
                case LIST -> listed(field, recommendations);
                default -> null;
            };
            if (options != null) {
                filters.add(new Views.FieldFilter(field.name(), field.labelIn(language), field.type() == FieldType.LIST,
                        options));
            }
        }
        return filters;
    }

    /** Every value a list field has in the recommendations' latest review, in alphabetical order. */
    private static List<Views.Option> listed(Field field, List<Recommendation> recommendations) {
        Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Recommendation recommendation : recommendations) {
            FieldValue value = recommendation.latest().valueOf(field);
            if (value != null) {
                values.addAll(value.values());
            }
        }
        return values.stream().map(v -> new Views.Option(v, v)).toList();
    }

    /** A day or a month in words, such as "14 March 2025" or "March 2025". */
    private String date(String written) {
        return written.length() == 7 ? months.format(YearMonth.parse(written)) : days.format(LocalDate.parse(written));
    }
}
