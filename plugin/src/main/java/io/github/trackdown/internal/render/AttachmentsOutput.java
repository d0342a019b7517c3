package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.report.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The files beside the Markdown files (images, documents), published under {@code files/}. */
final class AttachmentsOutput implements Output {

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        List<Supplier<OutputFile>> files = new ArrayList<>();
        for (String attachment : site.tracker.attachments()) {
            files.add(() -> {
                try {
                    return new OutputFile(SitePaths.attachmentPath(attachment),
                            Files.readAllBytes(site.contentFolder.resolve(attachment)));
                } catch (IOException e) {
                    site.problems.error(Position.of(site.displayName.apply(attachment)), "the file cannot be read: "
                            + e.getMessage());
                    return null;
                }
            });
        }
        return files;
    }
}
