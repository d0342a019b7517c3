package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/**
 * One kind of file the site publishes: its HTML pages, its data files, its feed, its assets. Each output is
 * registered once, in {@link Outputs#ALL}; the renderer asks each for its files and renders them on every core.
 */
interface Output {

    /** The files of this output for a site, each rendered when asked for (from any thread). */
    List<Supplier<OutputFile>> files(Site site);
}
