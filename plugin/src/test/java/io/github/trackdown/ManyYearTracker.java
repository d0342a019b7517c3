package io.github.trackdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fixed tracker of five review years and 34 recommendations, written as content files for tests.
 *
 * <p>It uses the vocabulary of {@link TrackerFixture#TRACKER_YML} (statuses <i>Not yet assessed, Not met, Some
 * progress, Good progress, Closed</i>; outcomes <i>New, Retained, Revised, Removed</i>) with two more themes. Its
 * content never changes between runs: there is no randomness.
 *
 * <ul>
 * <li><b>Years</b>: 2020, 2021, 2022, 2023, 2024 (one {@code review.md} each, published on 1 July).</li>
 * <li><b>Themes</b> (4): People, Processes, Infrastructure, Funding.</li>
 * <li><b>Owners</b> (5 bodies): Cabinet Office, Central Digital and Data Office, Office for National Statistics,
 * UK Statistics Authority, HM Treasury; every third recommendation (R3, R6, ...) has two.</li>
 * <li><b>Recommendations</b> (34, ids R1 to R34, files {@code r1.md} ...), added per year: 2020 R1–R12, 2021
 * R13–R18, 2022 R19–R24, 2023 R25–R30, 2024 R31–R34. Each is <i>Not yet assessed</i> with outcome <i>New</i> in
 * the year that makes it, and appears in every later review until it is removed.</li>
 * <li><b>Removed</b> (status <i>Closed</i>, outcome <i>Removed</i>, absent from every later review): R5 in 2021,
 * R9 in 2022, R14 in 2023, R20 in 2024.</li>
 * <li><b>Revised</b> (outcome <i>Revised</i>, new title and wording): R2 in 2022, R7 in 2023, R13 in 2024.</li>
 * <li><b>Worsened</b>: R3 in 2022 (Some progress to Not met), R16 in 2023 (Good progress to Some progress), R22 in
 * 2024 (Some progress to Not met). No other status gets worse.</li>
 * <li><b>Links</b>: R4's wording links to {@code [R3](r3.md)} in every year; R3's 2022 comment links to
 * {@code [R3 in 2021](../2021/r3.md)}. R12's 2024 comment has a Markdown table.</li>
 * <li><b>The 2024 review</b> has 31 recommendations: 4 Not yet assessed, 3 Not met, 13 Some progress, 10 Good
 * progress, 1 Closed.</li>
 * <li><b>Responses</b> (tracker.yml lists <i>Accepted, Accepted in part, Not accepted</i>), from 2021 on: R1 and R4
 * Accepted, R3 Accepted in part (with a {@code ## Response} text in 2021, placed before {@code ## Progress}), R7 Not
 * accepted. In 2024: 2 Accepted, 1 Accepted in part, 1 Not accepted, 27 with none.</li>
 * <li><b>Target dates</b>: R1 {@code 2023-03} in 2021 and 2022, moved to {@code 2025-09} in 2023 (kept in 2024); R3
 * {@code 2022-03} in 2021 and 2022, moved to {@code 2023-03} in 2023 (kept in 2024); R7 {@code 2024-03-31} set in
 * 2023, removed in 2024; R10 {@code 2023-12} from 2022; R17
 * {@code 2023-06} from 2022. <b>Overdue</b>: R3 in 2022, 2023 and 2024; R17 in 2023 and 2024 (R10 reached Good
 * progress, the best status, before its date). So 2 overdue at 2024; 2 target dates moved or removed in 2023 (R1,
 * R3) and 1 in 2024 (R7).</li>
 * <li><b>Priority</b>: R3 and R10, every year.</li>
 * <li><b>Evidence</b>: R3 lists one item in each of its 2021, 2023 and 2024 files (2021-05-10 with a link, 2023-02
 * without, 2024-03-14 with a link), and repeats the 2021 item in 2022 (shown once).</li>
 * <li><b>Draft</b>: {@code 2024/r35.md}, R35 "Open data by default", is {@code draft: true}: left out of the
 * built site (34 recommendations), shown in the preview.</li>
 * </ul>
 *
 * <p>Every other outcome is <i>Retained</i>. The content has no errors and no warnings; a check notes the draft.
 */
public final class ManyYearTracker {

    /** The review years, oldest first. */
    public static final List<Integer> YEARS = List.of(2020, 2021, 2022, 2023, 2024);

    /** The number of recommendations across all years. */
    public static final int RECOMMENDATIONS = 34;

    /** The ids first made in each review year. */
    public static final Map<Integer, List<String>> ADDED = Map.of(
            2020, ids(1, 12), 2021, ids(13, 18), 2022, ids(19, 24), 2023, ids(25, 30), 2024, ids(31, 34));

    /** The ids removed (Closed, Removed) in each review year; years without a removal are left out. */
    public static final Map<Integer, List<String>> REMOVED = Map.of(
            2021, List.of("R5"), 2022, List.of("R9"), 2023, List.of("R14"), 2024, List.of("R20"));

    /** The ids revised (outcome Revised) in each review year; years without a revision are left out. */
    public static final Map<Integer, List<String>> REVISED = Map.of(
            2022, List.of("R2"), 2023, List.of("R7"), 2024, List.of("R13"));

    /** The ids whose status got worse in each review year; years without one are left out. */
    public static final Map<Integer, List<String>> WORSENED = Map.of(
            2022, List.of("R3"), 2023, List.of("R16"), 2024, List.of("R22"));

    /** The {@code tracker.yml}: the vocabulary of {@link TrackerFixture#TRACKER_YML} plus two themes and responses. */
    public static final String TRACKER_YML = TrackerFixture.TRACKER_YML
            .replace("title: Test tracker", "title: Many-year test tracker") + """
              - name: Infrastructure
                description: Platforms, standards and tools.
              - name: Funding
                description: Money for data sharing and linkage.
            responses:
              - name: Accepted
                meaning: The body addressed agreed to act on the recommendation.
              - name: Accepted in part
                meaning: It agreed to part of the recommendation.
              - name: Not accepted
                meaning: It declined to act on the recommendation.
            """;

    /** The draft recommendation file, left out of the built site. */
    public static final String DRAFT_FILE = "2024/r35.md";

    private static final String[] OWNERS = {"Cabinet Office", "Central Digital and Data Office",
        "Office for National Statistics", "UK Statistics Authority", "HM Treasury"};

    /*
     * Each recommendation: id, theme, title, then its status code in each year from the year that makes it:
     * N = Not yet assessed (New), 0 = Not met, 1 = Some progress, 2 = Good progress, X = Closed (Removed);
     * a trailing * marks the year it was revised, with the revised title after a |.
     */
    private static final String[][] TABLE = {
        {"R1", "People", "Data skills for analysts", "N 0 1 1 2"},
        {"R2", "Processes", "Data sharing agreements|Standard data sharing agreements", "N 0 1* 1 2"},
        {"R3", "Processes", "Clear legal gateways", "N 1 0 0 1"},
        {"R4", "Processes", "Guidance on legal gateways", "N 0 0 1 1"},
        {"R5", "Funding", "Multi-year funding for data teams", "N X"},
        {"R6", "Infrastructure", "Trusted research environments", "N 1 2 2 2"},
        {"R7", "People", "Leadership for data sharing|Senior leaders accountable for data sharing", "N 0 0 1* 1"},
        {"R8", "Infrastructure", "Common data standards", "N 0 1 1 1"},
        {"R9", "Funding", "Funding for linkage projects", "N 0 X"},
        {"R10", "People", "Careers in data engineering", "N 1 1 2 2"},
        {"R11", "Processes", "Public engagement on data use", "N 0 1 2 2"},
        {"R12", "Infrastructure", "Metadata catalogue", "N 1 2 2 2"},
        {"R13", "Processes", "Single application process|One application for all data owners", "N 0 1 1*"},
        {"R14", "Funding", "Shared costs of linkage", "N 0 X"},
        {"R15", "People", "Training for data owners", "N 1 1 2"},
        {"R16", "Infrastructure", "Linked data assets", "N 2 1 1"},
        {"R17", "Processes", "Timeliness of access", "N 0 0 1"},
        {"R18", "Funding", "Sustainable funding for infrastructure", "N 1 1 1"},
        {"R19", "People", "Community of practice", "N 1 2"},
        {"R20", "Processes", "Register of data shares", "N 0 X"},
        {"R21", "Infrastructure", "Reusable linkage keys", "N 1 1"},
        {"R22", "Processes", "Transparency about data use", "N 1 0"},
        {"R23", "Funding", "Evaluation of data projects", "N 0 1"},
        {"R24", "Infrastructure", "Secure data transfer", "N 1 2"},
        {"R25", "People", "Skills in devolved administrations", "N 0"},
        {"R26", "Processes", "Shared definitions", "N 1"},
        {"R27", "Infrastructure", "Cloud platforms for research", "N 1"},
        {"R28", "Funding", "Funding for local government data", "N 0"},
        {"R29", "Processes", "Feedback to data owners", "N 2"},
        {"R30", "People", "Recognition for data sharing", "N 1"},
        {"R31", "Processes", "Data sharing in emergencies", "N"},
        {"R32", "Infrastructure", "Synthetic data", "N"},
        {"R33", "People", "Apprenticeships in data", "N"},
        {"R34", "Funding", "Value for money of data sharing", "N"},
    };

    private ManyYearTracker() {
    }

    /**
     * Writes the tracker's content ({@code tracker.yml} and one folder per year) into the given folder.
     *
     * @return the content folder
     */
    public static Path write(Path contentFolder) {
        try {
            Files.createDirectories(contentFolder);
            Files.writeString(contentFolder.resolve("tracker.yml"), TRACKER_YML, StandardCharsets.UTF_8);
            for (int year : YEARS) {
                write(contentFolder.resolve(year + "/review.md"), review(year));
            }
            for (int i = 0; i < TABLE.length; i++) {
                writeRecommendation(contentFolder, i, TABLE[i]);
            }
            write(contentFolder.resolve(DRAFT_FILE), """
                    ---
                    id: R35
                    title: Open data by default
                    theme: Processes
                    status: Not yet assessed
                    outcome: New
                    owners: Cabinet Office
                    draft: true
                    ---
                    Government should publish data openly by default.
                    """);
            return contentFolder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecommendation(Path contentFolder, int index, String[] row) throws IOException {
        String id = row[0];
        String theme = row[1];
        String[] titles = row[2].split("\\|");
        String[] codes = row[3].split(" ");
        int firstYear = ADDED.entrySet().stream().filter(e -> e.getValue().contains(id)).findFirst().orElseThrow()
                .getKey();
        List<String> owners = new ArrayList<>(List.of(OWNERS[index % OWNERS.length]));
        if ((index + 1) % 3 == 0) {
            owners.add(OWNERS[(index + 2) % OWNERS.length]);
        }
        boolean revised = false;
        for (int step = 0; step < codes.length; step++) {
            int year = firstYear + step;
            String code = codes[step];
            boolean revisedNow = code.endsWith("*");
            revised |= revisedNow;
            String title = revised ? titles[1] : titles[0];
            String status = switch (code.charAt(0)) {
                case 'N' -> "Not yet assessed";
                case '0' -> "Not met";
                case '1' -> "Some progress";
                case '2' -> "Good progress";
                case 'X' -> "Closed";
                default -> throw new IllegalStateException("unknown code " + code + " for " + id);
            };
            String outcome = code.equals("N") ? "New" : code.equals("X") ? "Removed" : revisedNow ? "Revised"
                    : "Retained";
            StringBuilder text = new StringBuilder("---\n")
                    .append("id: ").append(id).append('\n')
                    .append("title: ").append(title).append('\n')
                    .append("theme: ").append(theme).append('\n')
                    .append("status: ").append(status).append('\n')
                    .append("outcome: ").append(outcome).append('\n')
                    .append("owners:\n");
            owners.forEach(owner -> text.append("  - ").append(owner).append('\n'));
            text.append(followup(id, year));
            text.append("---\n").append(wording(id, title, revised)).append('\n');
            if (id.equals("R3") && year == 2021) {
                text.append("\n## Response\n\nThe department accepts the need for clear gateways, but not a new"
                        + " statute.\n");
            }
            String comment = comment(id, year, status, outcome);
            if (!comment.isEmpty()) {
                text.append("\n## Progress\n\n").append(comment).append('\n');
            }
            write(contentFolder.resolve(year + "/" + id.toLowerCase() + ".md"), text.toString());
        }
    }

    /** The response, target date, priority and evidence lines of a recommendation's file in a year. */
    private static String followup(String id, int year) {
        StringBuilder lines = new StringBuilder();
        if (year >= 2021) {
            switch (id) {
                case "R1", "R4" -> lines.append("response: Accepted\n");
                case "R3" -> lines.append("response: Accepted in part\n");
                case "R7" -> lines.append("response: Not accepted\n");
                default -> { }
            }
        }
        String due = switch (id) {
            case "R1" -> year == 2021 || year == 2022 ? "2023-03" : year >= 2023 ? "2025-09" : null;
            case "R3" -> year == 2021 || year == 2022 ? "2022-03" : year >= 2023 ? "2023-03" : null;
            case "R7" -> year == 2023 ? "2024-03-31" : null;
            case "R10", "R17" -> year >= 2022 ? (id.equals("R10") ? "2023-12" : "2023-06") : null;
            default -> null;
        };
        if (due != null) {
            lines.append("due: ").append(due).append('\n');
        }
        if (id.equals("R3") || id.equals("R10")) {
            lines.append("priority: true\n");
        }
        if (id.equals("R3") && year >= 2021 && year != 2023 && year != 2024) {
            lines.append("""
                    evidence:
                      - date: 2021-05-10
                        title: Legal gateways review launched
                        link: https://example.org/gateways
                    """);
        } else if (id.equals("R3") && year == 2023) {
            lines.append("evidence:\n  - date: 2023-02\n    title: Draft guidance on legal gateways\n");
        } else if (id.equals("R3") && year == 2024) {
            lines.append("""
                    evidence:
                      - date: 2024-03-14
                        title: "Consultation: new gateways"
                        link: https://example.org/consultation
                    """);
        }
        return lines.toString();
    }

    private static String wording(String id, String title, boolean revised) {
        String subject = title.substring(0, 1).toLowerCase() + title.substring(1);
        String text = "Government should make progress on " + subject + ", and report on it every year.";
        if (revised) {
            text += " The review revised this recommendation to make its aim measurable.";
        }
        if (id.equals("R4")) {
            text += " This builds on [R3](r3.md).";
        }
        return text;
    }

    private static String comment(String id, int year, String status, String outcome) {
        if (status.equals("Not yet assessed")) {
            return "";
        }
        if (outcome.equals("Removed")) {
            return "The review removed this recommendation: it will not be followed up again.";
        }
        String text = "In " + year + " the review found: " + status.toLowerCase() + ".";
        if (id.equals("R3") && year == 2022) {
            text += " Progress reported in [R3 in 2021](../2021/r3.md) was reversed.";
        }
        if (id.equals("R12") && year == 2024) {
            text += """


                    | Part of the catalogue | Datasets listed | Share of the target |
                    |---|---|---|
                    | Health and social care | 412 | 82% |
                    | Education and skills | 268 | 67% |
                    | Crime and justice | 97 | 39% |""";
        }
        return text;
    }

    private static String review(int year) {
        return """
                ---
                title: Data sharing review %d
                published: %d-07-01
                source: https://example.org/reviews/%d
                ---
                The %d review followed up every open recommendation and made new ones.
                """.formatted(year, year, year, year);
    }

    private static List<String> ids(int first, int last) {
        List<String> ids = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            ids.add("R" + i);
        }
        return List.copyOf(ids);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
