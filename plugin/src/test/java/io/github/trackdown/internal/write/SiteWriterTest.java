package io.github.trackdown.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.OutputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryFileAndAManifestOfThem() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "home"), OutputFile.text("a/b.html", "b")));

        assertEquals("home", Files.readString(site.resolve("index.html")));
        assertEquals("b", Files.readString(site.resolve("a/b.html")));
        assertEquals("a/b.html\nindex.html\n", Files.readString(site.resolve(SiteWriter.MANIFEST)));
        assertFalse(Files.exists(folder.resolve("site.trackdown-staging")), "the staging folder is gone");
    }

    @Test
    void aRebuildRemovesPagesThatNoLongerExist() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1"), OutputFile.text("old.html", "old")));
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "2")));

        assertEquals("2", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("old.html")));
    }

    @Test
    void aFileWithTheSameBytesIsKeptWithItsTimeAndAChangedOneIsWrittenAgain() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("same.html", "same"), OutputFile.text("changed.html", "1"),
                OutputFile.streamed("streamed.html", out -> out.write("stream".getBytes()))));
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        for (String page : List.of("same.html", "changed.html", "streamed.html")) {
            Files.setLastModifiedTime(site.resolve(page), longAgo);
        }

        new SiteWriter(site).write(List.of(OutputFile.text("same.html", "same"), OutputFile.text("changed.html", "2"),
                OutputFile.streamed("streamed.html", out -> out.write("stream".getBytes()))));

        assertEquals(longAgo, Files.getLastModifiedTime(site.resolve("same.html")), "not written again");
        assertEquals(longAgo, Files.getLastModifiedTime(site.resolve("streamed.html")), "not written again");
        assertTrue(Files.getLastModifiedTime(site.resolve("changed.html")).compareTo(longAgo) > 0);
        assertEquals("same", Files.readString(site.resolve("same.html")));
        assertEquals("2", Files.readString(site.resolve("changed.html")));
        assertEquals("stream", Files.readString(site.resolve("streamed.html")));
    }

    @Test
    void aPublishedFileEditedByHandIsReplacedByTheRenderedOne() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "home")));
        Files.writeString(site.resolve("index.html"), "hand");

        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "home")));

        assertEquals("home", Files.readString(site.resolve("index.html")));
    }

    @Test
    void filesOtherToolsPutInTheOutputFolderAreKept() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1"), OutputFile.text("old.html", "old"),
                OutputFile.text("same.html", "same")));
        Files.writeString(site.resolve("CNAME"), "tracker.example.org");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "2"), OutputFile.text("same.html", "same")));

        assertEquals("tracker.example.org", Files.readString(site.resolve("CNAME")));
        assertEquals("2", Files.readString(site.resolve("index.html")));
        assertEquals("same", Files.readString(site.resolve("same.html")));
        assertFalse(Files.exists(site.resolve("old.html")));
        assertFalse(Files.exists(folder.resolve("site.trackdown-staging")), "the staging folder is gone");
    }

    @Test
    void aPathThatLeavesTheOutputFolderIsRefusedBeforeAnythingIsPublished() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "before")));

        assertThrows(IllegalArgumentException.class, () -> new SiteWriter(site).write(List.of(
                OutputFile.text("index.html", "after"), OutputFile.text("../../evil.html", "x"))));
        assertEquals("before", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(folder.resolve("evil.html")));
        assertTrue(Files.notExists(folder.getParent().resolve("evil.html")));
    }

    @Test
    void aSiteMovedAsideByAnInterruptedSwapIsPutBackBeforeTheNextBuild() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1"), OutputFile.text("CNAME", "x")));
        Files.move(site, folder.resolve("site.trackdown-old"));
        Files.writeString(site.resolveSibling("site.trackdown-old").resolve("CNAME2"), "kept");

        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "2")));

        assertEquals("2", Files.readString(site.resolve("index.html")));
        assertEquals("kept", Files.readString(site.resolve("CNAME2")), "a file of another tool survives");
        assertFalse(Files.exists(folder.resolve("site.trackdown-old")));
    }
}
