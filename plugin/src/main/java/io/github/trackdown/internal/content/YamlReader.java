package io.github.trackdown.internal.content;

import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads YAML text into {@link YamlValue}s that remember their line and column, with snakeyaml-engine.
 *
 * <p>Only the node tree is composed; no object is ever constructed from a tag. Aliases, repeated keys,
 * non-text keys, deep nesting and control characters are reported as problems rather than followed. Text values are
 * composed (Unicode NFC), so that a name typed with a composed {@code é} and one typed with {@code e} and a combining
 * accent are the same name.
 */
public final class YamlReader {

    /** The deepest nesting of lists and maps accepted; far beyond what a tracker needs. */
    static final int MAX_DEPTH = 32;

    private static final int MAX_CODE_POINTS = 1_000_000;

    /** The tags plain YAML values resolve to; an explicit tag for anything else is refused. */
    private static final Set<Tag> ALLOWED_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.ENV_TAG);

    /**
     * The parser's settings, the same for every file: its messages are placed by {@link Position}, not by label. Every
     * plain value is text to Trackdown (the checks decide what it means), so plain values are resolved by the
     * failsafe schema, as text, rather than matched against the patterns of numbers, booleans and null first.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new FailsafeSchema())
            .setUseMarks(true)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(MAX_CODE_POINTS)
            .build();

    private final Problems problems;

    /** Creates a reader that reports into the given collector. */
    public YamlReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads YAML text that starts on {@code firstLine} of {@code file}.
     *
     * @return the value, or {@code null} when the text is empty or could not be read (a problem is reported)
     */
    public YamlValue read(String yaml, String file, int firstLine) {
        int tooDeep = lineNestedTooDeep(yaml);
        if (tooDeep >= 0) {
            problems.error(Position.of(file, firstLine + tooDeep),
                    "the YAML is nested more than " + MAX_DEPTH + " levels deep; a tracker never needs that");
            return null;
        }
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String context = String.valueOf(e.getContext());
            if ((context.contains("flow sequence") || context.contains("flow mapping"))
                    && e.getContextMark().isPresent()) {
                problems.error(unclosedBracket(e, file, firstLine), unclosedBracketMessage(e, firstLine));
                return null;
            }
            boolean unclosedQuote = String.valueOf(e.getContext()).contains("quoted scalar");
            Mark mark = unclosedQuote ? e.getContextMark().orElse(null)
                    : e.getProblemMark().or(e::getContextMark).orElse(null);
            Position at = mark == null ? Position.of(file, firstLine)
                    : new Position(file, firstLine + mark.getLine(), mark.getColumn() + 1);
            problems.error(at, "this is not valid YAML: " + describe(e));
            return null;
        } catch (YamlEngineException | StackOverflowError e) {
            problems.error(Position.of(file, firstLine), "this is not valid YAML: " + e.getMessage());
            return null;
        }
        if (root.isEmpty()) {
            return null;
        }
        Converter converter = new Converter(file, firstLine);
        YamlValue value = converter.convert(root.get(), 0);
        return converter.refused ? null : value;
    }

    /** Where a list or map written with {@code [} or {@code {} opens: where the editor's mistake is. */
    private static Position unclosedBracket(MarkedYamlEngineException e, String file, int firstLine) {
        Mark open = e.getContextMark().get();
        return new Position(file, firstLine + open.getLine(), open.getColumn() + 1);
    }

    /** The message for a bracket never closed, with the place the parser gave up as a second position. */
    private static String unclosedBracketMessage(MarkedYamlEngineException e, int firstLine) {
        boolean list = String.valueOf(e.getContext()).contains("flow sequence");
        String bracket = list ? "[" : "{";
        String gaveUp = e.getProblemMark().map(mark -> " (the YAML reader gave up at line "
                + (firstLine + mark.getLine()) + ", column " + (mark.getColumn() + 1) + ")").orElse("");
        return "the " + (list ? "list" : "map") + " opened here with `" + bracket + "` is never closed" + gaveUp
                + "; put the value in quotes if it contains `" + bracket + "`";
    }

    /** The parser's complaint, with a plain explanation of the mistakes editors make most. */
    private static String describe(MarkedYamlEngineException e) {
        String context = String.valueOf(e.getContext());
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("TAB")) {
            return "a tab is used to indent this line; indent with spaces";
        }
        if (context.contains("quoted scalar")) {
            return "the quote that starts here is never closed";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return "a value containing \": \" needs quotes around it, such as `title: \"Funding: next steps\"`";
        }
        if (context.contains("block mapping") || context.contains("block collection")) {
            return "this line is not indented like the lines above it; items of a list start with `- `, lined up"
                    + " under each other";
        }
        return (e.getContext() == null ? "" : context + ", ") + problem.replace('\n', ' ');
    }

    /** The line (from 0) on which brackets nest deeper than {@link #MAX_DEPTH}, or -1; checked before parsing. */
    private static int lineNestedTooDeep(String yaml) {
        if (yaml.indexOf('[') < 0 && yaml.indexOf('{') < 0) {
            return -1;
        }
        int depth = 0;
        int line = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return line;
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    private final class Converter {
        private final String file;
        private final int firstLine;
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean refused;

        Converter(String file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        private Position at(Node node) {
            return node.getStartMark()
                    .map(mark -> new Position(file, firstLine + mark.getLine(), mark.getColumn() + 1))
                    .orElse(Position.of(file, firstLine));
        }

        YamlValue convert(Node node, int depth) {
            Position position = at(node);
            if (!seen.add(node)) {
                problems.error(position, "YAML aliases (*name) are not supported; write the value out in full");
                refused = true;
                return null;
            }
            if (depth > MAX_DEPTH) {
                problems.error(position, "the YAML is nested more than " + MAX_DEPTH + " levels deep");
                refused = true;
                return null;
            }
            if (!ALLOWED_TAGS.contains(node.getTag())) {
                String tag = node.getTag().getValue().replace(Tag.PREFIX, "!!");
                problems.error(position, "the YAML tag `" + tag + "` is not allowed; write plain values without"
                        + " `!` tags");
                refused = true;
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                String text = java.text.Normalizer.normalize(scalar.getValue(), java.text.Normalizer.Form.NFC);
                int control = ControlCharacters.indexIn(text);
                if (control >= 0) {
                    problems.error(position, "this value contains the control character "
                            + ControlCharacters.name(text.charAt(control)) + ", which no page can show;"
                            + " remove it (it may be written as an escape such as `\\x01`)");
                    refused = true;
                    return null;
                }
                return new YamlValue.Scalar(text, position);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    YamlValue value = convert(item, depth + 1);
                    if (value != null) {
                        items.add(value);
                    }
                }
                return new YamlValue.Sequence(items, position);
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlValue.Entry> entries = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Position keyPosition = at(tuple.getKeyNode());
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problems.error(keyPosition, "a key must be a simple word such as `title`");
                    continue;
                }
                if (hasKey(entries, key.getValue())) {
                    problems.error(keyPosition, "`" + key.getValue() + "` is given twice; keep only one");
                    continue;
                }
                YamlValue value = convert(tuple.getValueNode(), depth + 1);
                if (value != null) {
                    entries.add(new YamlValue.Entry(key.getValue(), keyPosition, value));
                }
            }
            return new YamlValue.Mapping(entries, position);
        }

        private static boolean hasKey(List<YamlValue.Entry> entries, String key) {
            for (YamlValue.Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }
}
