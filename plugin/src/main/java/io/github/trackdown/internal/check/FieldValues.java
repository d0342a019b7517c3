package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.SourceDocument;
import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.FieldType;
import io.github.trackdown.model.FieldValue;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.report.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads and checks the values a recommendation file gives the fields its tracker declares. */
final class FieldValues {

    private final Problems problems;
    /** The values of each choice field, looked up as editors write them. */
    private final Map<Field, Terms<Field.Choice>> choices = new ConcurrentHashMap<>();

    FieldValues(Problems problems) {
        this.problems = problems;
    }

    /**
     * The values a front matter gives the declared fields, in their order.
     *
     * @return the values, or {@code null} when one is missing or wrong (reported)
     */
    List<FieldValue> read(List<Field> declared, Fields fields, SourceDocument document) {
        List<FieldValue> values = new ArrayList<>();
        boolean valid = true;
        for (Field field : declared) {
            YamlValue.Entry entry = fields.entry(field.name());
            if (entry == null || isEmpty(entry.value())) {
                if (field.required()) {
                    problems.error(entry == null ? fields.position() : entry.position(), "`" + field.name()
                            + ":` is " + (entry == null ? "missing" : "empty") + "; give the " + field.label()
                            + " (" + what(field) + ")");
                    valid = false;
                }
                continue;
            }
            FieldValue value = value(field, entry, document);
            if (value == null) {
                valid = false;
            } else {
                values.add(value);
            }
        }
        return valid ? values : null;
    }

    private FieldValue value(Field field, YamlValue.Entry entry, SourceDocument document) {
        if (field.type() == FieldType.LIST) {
            return list(field, entry);
        }
        if (!(entry.value() instanceof YamlValue.Scalar scalar)) {
            problems.error(entry.value().position(), "`" + field.name() + ":` must be a single value, not "
                    + entry.value().kind() + "; write " + what(field));
            return null;
        }
        String text = scalar.text().strip();
        String normal = switch (field.type()) {
            case TEXT, MARKDOWN -> text;
            case CHOICE -> choice(field, text);
            case DATE -> isDate(text) ? text : null;
            case NUMBER -> isNumber(text) ? text : null;
            case YES_NO -> yesNo(text) == null ? null : yesNo(text) ? "yes" : "no";
            case LINK -> ContentChecker.isWebAddress(text) ? text : null;
            case LIST -> throw new IllegalStateException("read as a list");
        };
        if (normal == null) {
            problems.error(scalar.position(), field.type() == FieldType.CHOICE
                    ? unknownChoice(field, text)
                    : "`" + text + "` is not " + what(field) + "; `" + field.name() + ":` takes " + what(field));
            return null;
        }
        Markdown markdown = field.type() == FieldType.MARKDOWN
                ? new Markdown(text, document.contentPath(), scalar.position().line()) : null;
        return new FieldValue(field, List.of(normal), markdown);
    }

    private String choice(Field field, String written) {
        Terms<Field.Choice> terms = choices.computeIfAbsent(field, f -> new Terms<>(f.values(), Field.Choice::name));
        Field.Choice found = terms.find(written);
        if (found == null) {
            return null;
        }
        return found.name();
    }

    /** The message for a choice value that is not one of the field's, with the closest value. */
    private String unknownChoice(Field field, String written) {
        List<String> names = field.values().stream().map(Field.Choice::name).toList();
        return "`" + written + "` is not a value of `" + field.name() + ":`" + Suggestions.hint(written, names)
                + " (allowed: " + String.join(", ", names) + ")";
    }

    private FieldValue list(Field field, YamlValue.Entry entry) {
        List<String> items = new ArrayList<>();
        if (entry.value() instanceof YamlValue.Scalar scalar) {
            items.add(scalar.text().strip());
        } else if (entry.value() instanceof YamlValue.Sequence sequence) {
            for (YamlValue item : sequence.items()) {
                if (item instanceof YamlValue.Scalar scalar && !scalar.text().isBlank()) {
                    items.add(scalar.text().strip());
                } else if (!(item instanceof YamlValue.Scalar)) {
                    problems.error(item.position(), "each item of `" + field.name() + ":` must be a single value,"
                            + " not " + item.kind());
                    return null;
                }
            }
        } else {
            problems.error(entry.value().position(), "`" + field.name() + ":` must be a list, one item per line"
                    + " starting with `- `");
            return null;
        }
        return new FieldValue(field, items, null);
    }

    private static boolean isEmpty(YamlValue value) {
        return value instanceof YamlValue.Scalar scalar && scalar.text().isBlank()
                || value instanceof YamlValue.Sequence sequence && sequence.items().isEmpty();
    }

    /** What a value of the field looks like, for messages. */
    private static String what(Field field) {
        return switch (field.type()) {
            case TEXT -> "a text";
            case MARKDOWN -> "a text in Markdown";
            case CHOICE -> "one of: " + String.join(", ", field.values().stream().map(Field.Choice::name).toList());
            case DATE -> "a date as YYYY-MM-DD, or a month as YYYY-MM, such as 2025-03";
            case NUMBER -> "a number, such as 12 or 3.5";
            case YES_NO -> "yes or no";
            case LIST -> "a list, one item per line starting with `- `";
            case LINK -> "a web address starting with https:// or http://";
        };
    }

    /** A written yes or no: {@code yes}, {@code no}, {@code true} or {@code false}, in any case; else {@code null}. */
    static Boolean yesNo(String written) {
        return switch (written.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Whether the text is a day ({@code 2025-03-14}) or a month ({@code 2025-03}). */
    static boolean isDate(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(text);
                return true;
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(text);
                return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private static boolean isNumber(String text) {
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return false;
        }
        new BigDecimal(text);
        return true;
    }
}
