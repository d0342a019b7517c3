package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.FieldType;
import io.github.trackdown.model.FrontMatterField;
import io.github.trackdown.report.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the fields a tracker declares in {@code tracker.yml}'s {@code fields:}, reporting every mistake. */
final class FieldDeclarations {

    /** The keys of one declared field. */
    static final List<String> FIELD_KEYS = List.of("name", "label", "label_cy", "type", "required", "values", "carry");
    /** What a field's name may look like: it is a front-matter key, a CSV column and an HTML attribute. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final List<String> CHOICE_KEYS = List.of("name", "meaning");

    private final Problems problems;

    FieldDeclarations(Problems problems) {
        this.problems = problems;
    }

    /**
     * The names written in {@code fields:}, even of fields with mistakes: keys that recommendation files may use
     * without being reported as unknown while tracker.yml is wrong.
     */
    static List<String> namesWritten(YamlValue tracker) {
        List<String> names = new ArrayList<>();
        if (tracker instanceof YamlValue.Mapping map && map.get("fields") != null
                && map.get("fields").value() instanceof YamlValue.Sequence items) {
            for (YamlValue item : items.items()) {
                if (item instanceof YamlValue.Mapping field && field.get("name") != null
                        && field.get("name").value() instanceof YamlValue.Scalar name) {
                    names.add(name.text().strip());
                }
            }
        }
        return names;
    }

    /** The declared fields; empty when none are declared; {@code null} when one is wrong (reported). */
    List<Field> read(Fields tracker) {
        if (!tracker.has("fields")) {
            return List.of();
        }
        List<YamlValue> items = tracker.requiredList("fields", "list the fields recommendation files may have"
                + " beside the built-in ones, each with a `name:`, a `label:` and a `type:`");
        if (items == null) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>(FrontMatterField.keys());
        for (YamlValue item : items) {
            Field field = field(item, names);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields.size() == items.size() ? fields : null;
    }

    private Field field(YamlValue item, Set<String> taken) {
        Fields fields = Fields.of(item, "a field", FIELD_KEYS, problems);
        if (fields == null) {
            return null;
        }
        String name = fields.requiredText("name", "give the front-matter key, such as `agreed`");
        String label = fields.requiredText("label", "give the field's name as readers see it, such as `Date agreed`");
        String typeName = fields.requiredText("type", "give one of: " + String.join(", ", FieldType.allWritten()));
        boolean valid = name != null && label != null && typeName != null;
        if (name != null && !NAME.matcher(name.strip()).matches()) {
            problems.error(fields.valuePositionOf("name"), "a field's `name:` is its front-matter key: lower-case"
                    + " letters, digits and `-`, such as `agreed` or `lead-official`; not `" + name.strip() + "`");
            valid = false;
        } else if (name != null && !taken.add(name.strip())) {
            problems.error(fields.valuePositionOf("name"), "`" + name.strip() + "` is "
                    + (FrontMatterField.keys().contains(name.strip()) ? "a built-in key" : "declared twice")
                    + "; give the field another name");
            valid = false;
        }
        FieldType type = typeName == null ? null : type(typeName, fields);
        boolean required = yesNo(fields, "required", false);
        boolean carry = yesNo(fields, "carry", true);
        List<Field.Choice> values = List.of();
        if (type == FieldType.CHOICE) {
            values = choices(fields);
            valid &= values != null;
        } else if (fields.has("values") && type != null) {
            problems.error(fields.positionOf("values"), "`values:` is only for a field of `type: choice`");
            valid = false;
        }
        if (!valid || type == null) {
            return null;
        }
        return new Field(name.strip(), label.strip(), fields.optionalText("label_cy"), type, required, values, carry);
    }

    private FieldType type(String written, Fields fields) {
        String typed = written.strip().toLowerCase(Locale.ROOT);
        for (FieldType type : FieldType.values()) {
            if (type.written().equals(typed)) {
                return type;
            }
        }
        problems.error(fields.valuePositionOf("type"), "`" + written.strip() + "` is not a field type"
                + Suggestions.hint(typed, FieldType.allWritten()) + " (allowed: "
                + String.join(", ", FieldType.allWritten()) + ")");
        return null;
    }

    private boolean yesNo(Fields fields, String key, boolean otherwise) {
        if (!fields.has(key)) {
            return otherwise;
        }
        Boolean value = FieldValues.yesNo(fields.optionalText(key));
        if (value == null) {
            problems.error(fields.valuePositionOf(key), "`" + key + ":` is `true` or `false`");
            return otherwise;
        }
        return value;
    }

    private List<Field.Choice> choices(Fields fields) {
        List<YamlValue> items = fields.requiredList("values", "list the values a `choice` field allows, in order");
        if (items == null) {
            return null;
        }
        List<Field.Choice> choices = new ArrayList<>();
        Set<String> names = new HashSet<>();
        VocabularyReader lists = new VocabularyReader(problems);
        for (YamlValue item : items) {
            VocabularyReader.Term term = lists.term(item, "a value", CHOICE_KEYS, names);
            if (term != null) {
                choices.add(new Field.Choice(term.name(), term.meaning()));
            }
        }
        return choices.size() == items.size() ? choices : null;
    }
}
