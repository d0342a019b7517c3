package io.github.trackdown.internal.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a recommendation file's body into the recommendation's wording and the review's progress comment.
 *
 * <p>The wording is everything above a line {@code ## Progress}; the comment is everything below it. Without
 * such a line, the whole body is the wording and there is no comment. A {@code ## Progress} line inside a
 * fenced code block does not count; a fence ends as CommonMark ends it (a {@code ```} line does not end a {@code ~~~}
 * block).
 *
 * @param wording the recommendation as worded, Markdown
 * @param wordingLine the file line on which the wording starts
 * @param comment the progress comment, Markdown; empty when there is none
 * @param commentLine the file line on which the comment starts
 */
public record RecommendationBody(String wording, int wordingLine, String comment, int commentLine) {

    /** The heading that starts the progress comment, as editors write it. */
    public static final String PROGRESS_HEADING = "## Progress";

    private static final Pattern HEADING = Pattern.compile("^ {0,3}##\\s+progress\\s*#*\\s*$");
    /** A fence line: its run of three or more backticks or tildes, and what follows. */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)");

    /** Splits a body that starts on line {@code bodyLine} of its file. */
    public static RecommendationBody split(String body, int bodyLine) {
        String[] lines = body.split("\n", -1);
        String fence = null;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!mayBeFenceOrHeading(line)) {
                offset += line.length() + 1;
                continue;
            }
            java.util.regex.Matcher marker = FENCE.matcher(line);
            if (marker.matches()) {
                if (fence == null) {
                    fence = marker.group(1);
                } else if (closes(marker, fence)) {
                    fence = null;
                }
            } else if (fence == null && HEADING.matcher(line.toLowerCase(Locale.ROOT)).matches()) {
                String comment = offset + line.length() + 1 <= body.length()
                        ? body.substring(offset + line.length() + 1) : "";
                return new RecommendationBody(body.substring(0, offset), bodyLine, comment, bodyLine + i + 1);
            }
            offset += line.length() + 1;
        }
        return new RecommendationBody(body, bodyLine, "", bodyLine + lines.length);
    }

    /**
     * Whether a fence line closes the fence opened by {@code opening}: as CommonMark says, the same character, at
     * least as many of it, and nothing after but spaces. (A {@code ```} line inside a {@code ~~~} block is text.)
     */
    private static boolean closes(java.util.regex.Matcher marker, String opening) {
        String run = marker.group(1);
        return run.charAt(0) == opening.charAt(0) && run.length() >= opening.length() && marker.group(2).isBlank();
    }

    /** Whether the line starts, after at most 3 spaces, with a character that a fence or a heading starts with. */
    private static boolean mayBeFenceOrHeading(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        char first = line.charAt(i);
        return first == '`' || first == '~' || first == '#';
    }
}
