package io.github.trackdown.content;

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

/**
 * Reads YAML text into {@link YamlValue}s that remember their line and column, with snakeyaml-engine.
 *
 * <p>Only the node tree is composed; no object is ever constructed from a tag. Aliases, repeated keys,
 * non-text keys and deep nesting are reported as problems rather than followed.
 */
public final class YamlReader {

    /** The deepest nesting of lists and maps accepted; far beyond what a tracker needs. */
    static final int MAX_DEPTH = 32;

    private static final int MAX_CODE_POINTS = 1_000_000;

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
        if (flowDepthExceeds(yaml)) {
            problems.error(Position.of(file, firstLine),
                    "the YAML is nested more than " + MAX_DEPTH + " levels deep; a tracker never needs that");
            return null;
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
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
        return new Converter(file, firstLine).convert(root.get(), 0);
    }

    private static String describe(MarkedYamlEngineException e) {
        StringBuilder text = new StringBuilder();
        if (e.getContext() != null) {
            text.append(e.getContext()).append(", ");
        }
        text.append(e.getProblem() == null ? "unreadable" : e.getProblem());
        String message = text.toString().replace('\n', ' ');
        if (message.contains("mapping values are not allowed here")) {
            message += " (a value containing \": \" needs quotes around it)";
        }
        return message;
    }

    private static boolean flowDepthExceeds(String yaml) {
        int depth = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return false;
    }

    private final class Converter {
        private final String file;
        private final int firstLine;
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

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
                return null;
            }
            if (depth > MAX_DEPTH) {
                problems.error(position, "the YAML is nested more than " + MAX_DEPTH + " levels deep");
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                return new YamlValue.Scalar(scalar.getValue(), position);
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
                if (entries.stream().anyMatch(e -> e.key().equals(key.getValue()))) {
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
    }
}
