package io.github.trackdown.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin as Maven sees it: the descriptor generated from the goals' annotations (run after
 * {@code process-classes}), the README's reference tables, {@code help -Ddetail} and the m2e metadata.
 */
class PluginDescriptorTest {

    static final Path DESCRIPTOR = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");
    static final Path README = Path.of("..", "README.md");

    static List<Goal> goals;
    static String pluginVersion;

    /** A goal as the descriptor describes it. */
    record Goal(String name, String phase, String description, String since, List<Parameter> parameters) {
    }

    /** An editable parameter as the descriptor describes it. */
    record Parameter(String name, String property, String defaultValue, String description, String since) {
    }

    /** A parameter row as the README describes it. */
    record Row(String property, String defaultValue, Set<String> goals) {
    }

    @BeforeAll
    static void readTheDescriptor() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        goals = new ArrayList<>();
        pluginVersion = text(plugin.getDocumentElement(), "version");
        for (Element mojo : children(plugin.getDocumentElement(), "mojos", "mojo")) {
            Map<String, Element> configuration = new TreeMap<>();
            for (Element value : children(mojo, "configuration", null)) {
                configuration.put(value.getTagName(), value);
            }
            List<Parameter> parameters = new ArrayList<>();
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                if (!text(parameter, "editable").equals("true")) {
                    continue;
                }
                String name = text(parameter, "name");
                Element value = configuration.get(name);
                String property = value == null ? "" : value.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                String defaultValue = value == null ? "" : value.getAttribute("default-value");
                parameters.add(new Parameter(name, property, defaultValue, text(parameter, "description"),
                        text(parameter, "since")));
            }
            goals.add(new Goal(text(mojo, "goal"), text(mojo, "phase"), text(mojo, "description"), text(mojo, "since"),
                    parameters));
        }
    }

    @Test
    void theReadmeListsEveryGoalWithItsDefaultPhase() throws IOException {
        Map<String, String> described = new TreeMap<>();
        for (Goal goal : goals) {
            described.put("trackdown:" + goal.name(), goal.phase());
        }

        Map<String, String> documented = new TreeMap<>();
        for (List<String> row : readmeTable("| goal | default phase |")) {
            documented.put(code(row.get(0)), code(row.get(1)));
        }

        assertEquals(described, documented);
    }

    @Test
    void theReadmeListsEveryParameterWithItsPropertyDefaultAndGoals() throws IOException {
        Map<String, Row> described = new TreeMap<>();
        for (Goal goal : goals) {
            for (Parameter parameter : goal.parameters()) {
                Row row = described.computeIfAbsent(parameter.name(),
                        k -> new Row(parameter.property(), parameter.defaultValue(), new TreeSet<>()));
                assertEquals(row.property() + " " + row.defaultValue(),
                        parameter.property() + " " + parameter.defaultValue(),
                        parameter.name() + " means the same in every goal");
                row.goals().add(goal.name());
            }
        }

        Map<String, Row> documented = new TreeMap<>();
        for (List<String> row : readmeTable("| parameter | property | default | goals |")) {
            documented.put(code(row.get(0)), new Row(code(row.get(1)), code(row.get(2)),
                    new TreeSet<>(List.of(row.get(3).split("\\s*,\\s*")))));
        }

        assertEquals(described, documented);
    }

    @Test
    void everyTrackdownGoalCanBeSkipped() {
        for (Goal goal : goals) {
            if (!goal.name().equals("help")) {
                assertTrue(goal.parameters().stream().anyMatch(p -> p.name().equals("skip")
                        && p.property().equals("trackdown.skip") && p.defaultValue().equals("false")), goal.name());
            }
        }
    }

    @Test
    void everyGoalAndParameterIsDocumentedWithAPropertyAndTheVersionThatAddedIt() {
        for (Goal goal : goals) {
            assertFalse(goal.description().isBlank(), goal.name());
            for (Parameter parameter : goal.parameters()) {
                String where = goal.name() + "/" + parameter.name();
                assertFalse(parameter.description().isBlank(), where);
                assertFalse(parameter.property().isBlank(), where);
                if (!goal.name().equals("help")) {
                    assertTrue(parameter.since().matches("\\d+\\.\\d+\\.\\d+"), where + " since " + parameter.since());
                }
            }
        }
    }

    @Test
    void everyUserPropertyIsNamespacedAndNoGoalClaimsALaterVersionThanThisOne() {
        String released = pluginVersion.replace("-SNAPSHOT", "");
        for (Goal goal : goals) {
            if (goal.name().equals("help")) {
                continue;
            }
            assertFalse(isLater(goal.since(), released), goal.name() + " since " + goal.since());
            for (Parameter parameter : goal.parameters()) {
                String where = goal.name() + "/" + parameter.name();
                assertTrue(parameter.property().startsWith("trackdown."), where + ": " + parameter.property());
                assertFalse(isLater(parameter.since(), released), where + " since " + parameter.since());
            }
        }
    }

    @Test
    void aLaterVersionIsRecognisedAsLater() {
        assertTrue(isLater("0.2.0", "0.1.0"));
        assertTrue(isLater("0.10.0", "0.9.1"));
        assertFalse(isLater("0.1.0", "0.1.0"));
        assertFalse(isLater("0.1.0", "1.0.0"));
    }

    @Test
    void helpWithDetailDescribesEveryGoalAndParameter() throws Exception {
        StringBuilder out = new StringBuilder();
        Mojo help = (Mojo) Class.forName("io.github.trackdown.trackdown_maven_plugin.HelpMojo")
                .getDeclaredConstructor().newInstance();
        set(help, "detail", true);
        set(help, "lineLength", 1000);
        set(help, "indentSize", 2);
        help.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                out.append(content).append('\n');
            }

            @Override
            public boolean isDebugEnabled() {
                return false;
            }

            @Override
            public void debug(CharSequence content) {
            }
        });

        help.execute();

        String text = out.toString();
        if (Boolean.getBoolean("trackdown.showHelp")) {
            System.out.println(text);
        }
        for (Goal goal : goals) {
            assertTrue(text.contains("trackdown:" + goal.name()), goal.name());
            assertTrue(text.contains(firstSentence(goal.description())), goal.name() + ": " + goal.description());
            for (Parameter parameter : goal.parameters()) {
                assertTrue(text.contains(parameter.name()), parameter.name());
                assertTrue(text.contains(firstSentence(parameter.description())), parameter.description());
                assertTrue(text.contains("User property: " + parameter.property()), parameter.name());
            }
        }
    }

    @Test
    void eclipseIsToldWhatToDoWithEveryGoal() throws Exception {
        Path metadata = Path.of("target", "classes", "META-INF", "m2e", "lifecycle-mapping-metadata.xml");
        Document mapping = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(metadata.toFile());
        Set<String> mapped = new TreeSet<>();
        NodeList listed = mapping.getElementsByTagName("goal");
        for (int i = 0; i < listed.getLength(); i++) {
            mapped.add(listed.item(i).getTextContent().strip());
        }

        assertEquals(new TreeSet<>(goals.stream().map(Goal::name).toList()), mapped);
        assertEquals(1, mapping.getElementsByTagName("ignore").getLength());
    }

    // Helpers

    /** Whether version {@code a} (such as {@code 0.2.0}) comes after {@code b}. */
    private static boolean isLater(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
                return left > right;
            }
        }
        return false;
    }

    private static List<List<String>> readmeTable(String header) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                start = i + 2;
                break;
            }
        }
        assertTrue(start > 0, "the README has a table starting " + header);
        List<List<String>> rows = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The first {@code `code`} of a table cell, or empty. */
    private static String code(String cell) {
        Matcher code = Pattern.compile("`([^`]*)`").matcher(cell);
        return code.find() ? code.group(1) : "";
    }

    private static String firstSentence(String description) {
        String plain = description.replaceAll("<[^>]+>", "").replaceAll("\\{@code ([^}]*)}", "$1")
                .replaceAll("\\s+", " ").strip();
        int end = plain.indexOf(". ");
        return (end < 0 ? plain : plain.substring(0, end)).replaceAll("\\.$", "");
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }

    private static List<Element> children(Element parent, String container, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(container)) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element item && (name == null || item.getTagName().equals(name))) {
                        found.add(item);
                    }
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }
}
