package io.github.trackdown.internal.render;

import java.util.List;

/** Every output of a site, in the order they are rendered: the large files first, the many small pages last. */
final class Outputs {

    /** The registry: a new kind of file is one class and one line here. */
    static final List<Output> ALL = List.of(
            new JsonOutput(),
            new SearchIndexOutput(),
            new CsvOutput(),
            new SpreadsheetOutput(),
            new CsvMetadataOutput(),
            new HtmlPages(),
            new FeedOutput(),
            new SchemaOutput(),
            new NoJekyllOutput(),
            new AssetsOutput(),
            new AttachmentsOutput(),
            new SitemapOutput());

    private Outputs() {
    }
}
