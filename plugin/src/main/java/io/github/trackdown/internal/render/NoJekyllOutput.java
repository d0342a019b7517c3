package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/** {@code .nojekyll}: tells GitHub Pages to publish the files as they are. */
final class NoJekyllOutput implements Output {

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.text(".nojekyll", ""));
    }
}
