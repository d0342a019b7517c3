package io.github.trackdown.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.trackdown.OutputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A previous site that cannot be removed after the swap is a warning: the new site is live, the next build clears it. */
class CleanUpFailureTest {

    @TempDir
    Path folder;

    @Test
    void anUndeletableOldSiteIsAWarningAndIsClearedByTheNextBuild() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a/stuck.html", "s")));
        Path stuck = site.resolve("a/stuck.html");
        Undeletable lock = Undeletable.make(stuck);
        List<String> warnings;
        try {
            try (SiteWriter.Staging staging = new SiteWriter(site).stage()) {
                staging.add(OutputFile.text("index.html", "2"));
                staging.publish();
                warnings = staging.warnings();
            }
            assertEquals("2", Files.readString(site.resolve("index.html")), "the new site is live");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("could not be removed"), warnings.get(0));
            assertTrue(warnings.get(0).contains("site.trackdown-old"), warnings.get(0));

            try (SiteWriter.Staging staging = new SiteWriter(site).stage()) {
                staging.add(OutputFile.text("index.html", "3"));
                staging.publish();
                assertFalse(staging.warnings().isEmpty(), "still stuck: a warning again, not a failed build");
            }
            assertEquals("3", Files.readString(site.resolve("index.html")));
        } finally {
            lock.release();
        }

        try (SiteWriter.Staging staging = new SiteWriter(site).stage()) {
            staging.add(OutputFile.text("index.html", "4"));
            staging.publish();
            assertEquals(List.of(), staging.warnings());
        }
        try (var left = Files.list(folder)) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).toList(),
                    "the leftovers are cleared once they can be");
        }
    }

    /** A file the system refuses to delete: immutable when running as root, in a read-only folder otherwise. */
    private record Undeletable(Path file, boolean immutable) {
        static Undeletable make(Path file) throws Exception {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                int exit = new ProcessBuilder("chattr", "+i", file.toString()).inheritIO().start().waitFor();
                assumeTrue(exit == 0, "chattr +i works on this file system");
            } else {
                Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            return new Undeletable(file, root);
        }

        /** Makes the file deletable again, wherever the build moved it. */
        void release() throws Exception {
            try (var all = Files.walk(file.getParent().getParent().getParent())) {
                for (Path path : all.filter(p -> p.getFileName().toString().equals(file.getFileName().toString()))
                        .toList()) {
                    if (immutable) {
                        new ProcessBuilder("chattr", "-i", path.toString()).inheritIO().start().waitFor();
                    } else {
                        Files.setPosixFilePermissions(path.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }
}
