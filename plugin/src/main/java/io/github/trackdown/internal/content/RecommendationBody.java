package io.github.trackdown.internal.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a recommendation file's body into the recommendation's wording, the review's progress comment and the
 * addressee's response.
 *
 * <p>The wording is everything above the first line {@code ## Progress} or {@code ## Response}; the comment is
 * everything below {@code ## Progress} and the response everything below {@code ## Response}, each up to the other
 * heading when it follows (they may come in either order). Without such a line, the whole body is the wording. A
 * heading inside a fenced code block does not count; a fence ends as CommonMark ends it (a {@code ```} line does not
 * end a {@code ~~~} block).
 *
 * @param wording the recommendation as worded, Markdown
 * @param wordingLine the file line on which the wording starts
 * @param comment the progress comment, Markdown; empty when there is none
 * @param commentLine the file line on which the comment starts
 * @param response the addressee's response in its own words, Markdown; empty when there is none
 * @param responseLine the file line on which the response starts
 */
public record RecommendationBody(String wording, int wordingLine, String comment, int commentLine, String response,
        int responseLine) {

    /** The heading that starts the progress comment, as editors write it. */
    public static final String PROGRESS_HEADING = "## Progress";
    /** The heading that starts the addressee's response, as editors write it. */
    public static final String RESPONSE_HEADING = "## Response";

    private static final Pattern HEADING = Pattern.compile("^ {0,3}##\\s+(progress|response)\\s*#*\\s*$");
    /** A fence line: its run of three or more backticks or tildes, and what follows. */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)");

    /** Splits a body that starts on line {@code bodyLine} of its file. */
    public static RecommendationBody split(String body, int bodyLine) {
        String fence = null;
        // where each section's heading line starts and its text starts, by name; -1 while not met
        int[] headingAt = {-1, -1};
        int[] textAt = {-1, -1};
        int[] lineAt = {0, 0};
        int lineIndex = 0;
        // Line by line, without taking each line out of the body: only a line that may be a fence or a heading is.
        for (int start = 0; ; lineIndex++) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            if (mayBeFenceOrHeading(body, start, end)) {
                String line = body.substring(start, end);
                java.util.regex.Matcher marker = FENCE.matcher(line);
                java.util.regex.Matcher heading;
                if (marker.matches()) {
                    if (fence == null) {
                        fence = marker.group(1);
                    } else if (closes(marker, fence)) {
                        fence = null;
                    }
                } else if (fence == null
                        && (heading = HEADING.matcher(line.toLowerCase(Locale.ROOT))).matches()) {
                    int section = heading.group(1).equals("progress") ? 0 : 1;
                    if (headingAt[section] < 0) {
                        headingAt[section] = start;
                        textAt[section] = Math.min(end + 1, body.length());
                        lineAt[section] = bodyLine + lineIndex + 1;
                    }
                }
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        int lineCount = lineIndex + 1;
        int firstHeading = headingAt[0] < 0 ? headingAt[1] : headingAt[1] < 0 ? headingAt[0]
                : Math.min(headingAt[0], headingAt[1]);
        String wording = firstHeading < 0 ? body : body.substring(0, firstHeading);
        return new RecommendationBody(wording, bodyLine, section(body, 0, headingAt, textAt),
                headingAt[0] < 0 ? bodyLine + lineCount : lineAt[0], section(body, 1, headingAt, textAt),
                headingAt[1] < 0 ? bodyLine + lineCount : lineAt[1]);
    }

    /** A section's text: from below its heading to the other section's heading when that follows, or the end. */
    private static String section(String body, int section, int[] headingAt, int[] textAt) {
        if (headingAt[section] < 0) {
            return "";
        }
        int other = headingAt[1 - section];
        int end = other > headingAt[section] ? other : body.length();
        return body.substring(textAt[section], Math.max(textAt[section], end));
    }

    /**
     * Whether a fence line closes the fence opened by {@code opening}: as CommonMark says, the same character, at
     * least as many of it, and nothing after but spaces. (A {@code ```} line inside a {@code ~~~} block is text.)
     */
    private static boolean closes(java.util.regex.Matcher marker, String opening) {
        String run = marker.group(1);
        return run.charAt(0) == opening.charAt(0) && run.length() >= opening.length() && marker.group(2).isBlank();
    }

    /**
     * Whether the line from {@code start} to {@code end} starts, after at most 3 spaces, with a character that a fence
     * or a heading starts with.
     */
    private static boolean mayBeFenceOrHeading(String body, int start, int end) {
        int i = start;
        int limit = Math.min(start + 3, end);
        while (i < limit && body.charAt(i) == ' ') {
            i++;
        }
        if (i == end) {
            return false;
        }
        char first = body.charAt(i);
        return first == '`' || first == '~' || first == '#';
    }
}
