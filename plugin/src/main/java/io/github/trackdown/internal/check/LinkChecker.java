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

    /**
     * Creates a checker.
     *
     * @param displayName the name of a content path in messages
     * @param problems where broken links are reported
     */
    public LinkChecker(Function<String, String> displayName, Problems problems) {
        this.displayName = displayName;
        this.problems = problems;
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
        if (markdown.source().indexOf(']') < 0) {
            return;
        }
        Links links = new Links(markdown, known, false);
        parser.parse(markdown.source()).accept(links);
        if (links.broken) {
            positionedParser.parse(markdown.source()).accept(new Links(markdown, known, true));
        }
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
            if (ContentLinks.isScript(destination)) {
                return;
            }
            ContentLinks.Target target = ContentLinks.target(markdown.file(), destination, known::contains);
            if (target == null || target.contentPath() != null && known.contains(target.contentPath())) {
                return;
            }
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
            problems.error(new Position(displayName.apply(markdown.file()), line, column), message);
        }
    }
}
