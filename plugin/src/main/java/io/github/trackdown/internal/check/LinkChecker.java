package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.LoadedContent;
import io.github.trackdown.internal.content.ReviewFolder;
import io.github.trackdown.internal.content.SourceDocument;
import io.github.trackdown.model.ContentLinks;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reports every link and image in the content's Markdown that leads to no content file, with its file, line and
 * column. Uses every core.
 */
public final class LinkChecker {

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    // Source positions cost a third of parsing; they are only needed to say where a broken link is, so Markdown is
    // parsed without them, and again with them only when it has a broken link.
    private final Parser positionedParser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final Function<String, String> displayName;
    private final Problems problems;
    private final Consumer<LinkBeyond> beyond;

    /**
     * A link that leaves the content folder, such as {@code ../../other-report/2024/r1.md} from a report of a
     * portfolio: handed to whoever knows the files beside the folder, to be checked against them.
     *
     * @param position where the link is written
     * @param fromFile the content path of the file it is written in
     * @param path the link's path as written, without its fragment
     * @param error what to report when it leads to no file beside the folder either
     */
    public record LinkBeyond(Position position, String fromFile, String path, String error) {
    }

    /**
     * Creates a checker that reports a link leaving the content folder as broken.
     *
     * @param displayName the name of a content path in messages
     * @param problems where broken links are reported
     */
    public LinkChecker(Function<String, String> displayName, Problems problems) {
        this(displayName, problems, null);
    }

    /**
     * Creates a checker.
     *
     * @param displayName the name of a content path in messages
     * @param problems where broken links are reported
     * @param beyond where a link leaving the content folder goes instead of being reported; {@code null} to report it
     */
    public LinkChecker(Function<String, String> displayName, Problems problems, Consumer<LinkBeyond> beyond) {
        this.displayName = displayName;
        this.problems = problems;
        this.beyond = beyond;
    }

    /** The content paths a link may lead to in a tracker: its reviews', recommendations' and attached files. */
    public static Set<String> contentFiles(Tracker tracker) {
        Set<String> files = new HashSet<>(tracker.attachments());
        tracker.reviews().forEach(review -> files.add(review.summary().file()));
        tracker.recommendations().forEach(recommendation -> recommendation.history().forEach(assessment ->
                files.add(assessment.wording().file())));
        return files;
    }

    /**
     * Checks the Markdown of every loaded file, and of the tracker's own Markdown fields when it was built.
     *
     * @param tracker the tracker built from the content, or {@code null} when it has errors
     */
    public void check(LoadedContent content, Tracker tracker) {
        List<Markdown> texts = new ArrayList<>();
        Set<String> known = new HashSet<>(content.attachments());
        for (ReviewFolder folder : content.reviews()) {
            List<SourceDocument> documents = new ArrayList<>(folder.recommendations());
            if (folder.review() != null) {
                documents.add(0, folder.review());
            }
            for (SourceDocument document : documents) {
                known.add(document.contentPath());
                if (document.frontMatter() != null) {
                    texts.add(new Markdown(document.body(), document.contentPath(), document.bodyLine()));
                }
            }
        }
        if (tracker != null) {
            tracker.recommendations().forEach(recommendation -> recommendation.history().forEach(assessment ->
                    assessment.fields().stream().filter(value -> value.markdown() != null)
                            .forEach(value -> texts.add(value.markdown()))));
        }
        texts.parallelStream().forEach(markdown -> check(markdown, known));
    }

    private void check(Markdown markdown, Set<String> known) {
        int firstBracket = markdown.source().indexOf(']');
        if (firstBracket < 0 || plainlyWhole(markdown, firstBracket, known)) {
            return;
        }
        Links links = new Links(markdown, known, false);
        parser.parse(markdown.source()).accept(links);
        if (links.broken) {
            positionedParser.parse(markdown.source()).accept(new Links(markdown, known, true));
        }
    }

    /**
     * Whether the Markdown surely has no broken link, seen without parsing it: it defines no link reference (no
     * {@code ]:}), and after every {@code ](}, where each inline link and image starts, the address is written plainly
     * (no space before it, no {@code <}, {@code (}, backslash, {@code &} or control character in it) and leads to
     * a content file or outside the content. The parser finds links and images only there, with those very addresses,
     * so such Markdown needs no parsing; any other is parsed.
     *
     * @param firstBracket where the first {@code ]} of the Markdown is
     */
    private static boolean plainlyWhole(Markdown markdown, int firstBracket, Set<String> known) {
        String source = markdown.source();
        int length = source.length();
        // One pass over the `]`s: a `]:` may define a link reference, a `](` starts an inline link or image.
        for (int at = firstBracket; at >= 0 && at + 1 < length; at = source.indexOf(']', at + 1)) {
            char next = source.charAt(at + 1);
            if (next == ':') {
                return false;
            }
            if (next != '(') {
                continue;
            }
            int start = at + 2;
            int end = start;
            for (char c; end < length && !endsAddress(c = source.charAt(end)); end++) {
                if (c < ' ' || c == 0x7f || c == '<' || c == '(' || c == '\\' || c == '&') {
                    return false;
                }
            }
            boolean spaceFirst = end == start && end < length && source.charAt(end) != ')';
            if (spaceFirst || !leadsToContent(markdown, source.substring(start, end), known)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsAddress(char c) {
        return c == ')' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether a link's address is not broken: a script (dropped), a page elsewhere, or a content file. */
    private static boolean leadsToContent(Markdown markdown, String destination, Set<String> known) {
        if (ContentLinks.isScript(destination)) {
            return true;
        }
        ContentLinks.Target target = ContentLinks.target(markdown.file(), destination, known::contains);
        return target == null || target.contentPath() != null && known.contains(target.contentPath());
    }

    /** Finds (and, with {@code report}, reports) the links of a document that lead to no content file. */
    private final class Links extends AbstractVisitor {
        private final Markdown markdown;
        private final Set<String> known;
        private final boolean report;
        private boolean broken;

        Links(Markdown markdown, Set<String> known, boolean report) {
            this.markdown = markdown;
            this.known = known;
            this.report = report;
        }

        @Override
        public void visit(Link link) {
            check(link.getDestination(), link);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            check(image.getDestination(), image);
            visitChildren(image);
        }

        private void check(String destination, Node node) {
            if (leadsToContent(markdown, destination, known)) {
                return;
            }
            ContentLinks.Target target = ContentLinks.target(markdown.file(), destination, known::contains);
            broken = true;
            if (!report) {
                return;
            }
            List<SourceSpan> spans = node.getSourceSpans();
            int line = markdown.line() + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
            int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
            String path = target.path();
            String message = path.toLowerCase(Locale.ROOT).endsWith(".md")
                    ? "the link to `" + path + "` leads to no content file; check the file name and folder"
                    : "the " + (node instanceof Image ? "image" : "link target") + " `" + path + "` is not in"
                            + " the content folder; put the file in the review's folder, next to this file";
            Position position = new Position(displayName.apply(markdown.file()), line, column);
            if (beyond != null && target.contentPath() == null) {
                beyond.accept(new LinkBeyond(position, markdown.file(), path, message));
            } else {
                problems.error(position, message);
            }
        }
    }
}
