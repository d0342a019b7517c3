package io.github.trackdown;

import io.github.trackdown.report.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the engine says about a tracker's own templates: where one failed, and whether any changed. */
final class TemplateFailures {

    /** Where a template error names its template and line, such as {@code [layout.mustache:12]}. */
    private static final Pattern TEMPLATE_PLACE = Pattern.compile("([a-z0-9][a-z0-9-]*\\.mustache):(\\d+)");

    private TemplateFailures() {
    }

    /**
     * The override template a template error names, when it names one, or the templates folder.
     *
     * @param displayName how messages name a path of the content folder
     */
    static Position position(Path templates, RuntimeException e, Function<String, String> displayName) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher place = TEMPLATE_PLACE.matcher(String.valueOf(cause.getMessage()));
            if (place.find() && Files.isRegularFile(templates.resolve(place.group(1)))) {
                return Position.of(displayName.apply(Trackdown.TEMPLATES_FOLDER + "/" + place.group(1)),
                        Integer.parseInt(place.group(2)));
            }
        }
        return Position.of(displayName.apply(Trackdown.TEMPLATES_FOLDER));
    }

    /** The most precise message of an exception and its causes. */
    static String messageOf(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    /** The names, sizes and times of the override templates: it changes when any of them does. */
    static Object stampOf(Path templates) {
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    return file + ":unreadable";
                }
            }).toList();
        } catch (IOException e) {
            return List.of("unreadable:" + System.nanoTime());
        }
    }
}
