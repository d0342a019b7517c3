package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The built-in style sheet and script, and the style sheet of the tracker's statuses, in {@code assets/}. */
final class AssetsOutput implements Output {

    private static final String[] BUILT_IN = {"style.css", "trackdown.js"};

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        List<Supplier<OutputFile>> files = new ArrayList<>();
        for (String asset : BUILT_IN) {
            files.add(() -> new OutputFile("assets/" + asset, resource("/io/github/trackdown/assets/" + asset)));
        }
        files.add(() -> OutputFile.text("assets/statuses.css", Palette.styleSheet(site.tracker.vocabulary()
                .statuses())));
        return files;
    }

    /** The bytes of a file of the plugin's, by its absolute name on the class path. */
    static byte[] resource(String name) {
        try (InputStream in = AssetsOutput.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
