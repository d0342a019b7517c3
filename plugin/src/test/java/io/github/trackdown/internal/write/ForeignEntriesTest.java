package io.github.trackdown.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.OutputFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What other tools keep in the output folder survives every build, whatever it is. */
class ForeignEntriesTest {

    @TempDir
    Path folder;

    @Test
    void anOutputFolderThatIsALinkStaysALinkAndTheFolderItLeadsToIsUpdated() throws Exception {
        Path checkout = Files.createDirectories(folder.resolve("gh-pages"));
        Files.writeString(checkout.resolve("CNAME"), "tracker.example.org");
        Files.createDirectories(checkout.resolve(".git/objects"));
        Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Path site = Files.createSymbolicLink(Files.createDirectories(folder.resolve("target")).resolve("site"),
                Path.of("../gh-pages"));

        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1")));
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "2"), OutputFile.text("a/b.html", "b")));

        assertTrue(Files.isSymbolicLink(site), "target/site is still a link");
        assertEquals("2", Files.readString(checkout.resolve("index.html")));
        assertEquals("b", Files.readString(checkout.resolve("a/b.html")));
        assertEquals("tracker.example.org", Files.readString(checkout.resolve("CNAME")));
        assertEquals("ref: refs/heads/gh-pages\n", Files.readString(checkout.resolve(".git/HEAD")));
        assertTrue(Files.isDirectory(checkout.resolve(".git/objects")), "an empty folder of git is kept");
        try (var left = Files.list(folder)) {
            assertEquals(List.of("gh-pages", "target"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or old folder is left beside the checkout");
        }
    }

    @Test
    void linksToFoldersPipesAndEmptyFoldersOfOtherToolsAreKept() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a/old.html", "o")));
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("big.pdf"), "pdf");
        Files.createSymbolicLink(site.resolve("downloads"), elsewhere);
        Files.createSymbolicLink(site.resolve("a/dangling"), Path.of("nowhere"));
        Files.createDirectories(site.resolve("empty/deeper"));
        Process mkfifo = new ProcessBuilder("mkfifo", site.resolve("pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo made a pipe");

        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "2")));

        assertEquals("2", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("a/old.html")), "a page no longer written is removed");
        assertTrue(Files.isSymbolicLink(site.resolve("downloads")));
        assertEquals("pdf", Files.readString(site.resolve("downloads/big.pdf")));
        assertEquals(Path.of("nowhere"), Files.readSymbolicLink(site.resolve("a/dangling")));
        assertTrue(Files.isDirectory(site.resolve("empty/deeper")));
        assertTrue(Files.readAttributes(site.resolve("pipe"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther(), "the pipe is still a pipe");
        assertEquals("pdf", Files.readString(elsewhere.resolve("big.pdf")), "nothing is deleted through a link");
    }

    @Test
    void aForeignFileIsKeptWhileTheSiteIsSwappedInOneStep() throws Exception {
        Path site = folder.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a/b.html", "b")));
        Files.writeString(site.resolve("CNAME"), "tracker.example.org");
        Path before = site.toRealPath();
        Object inodeBefore = Files.readAttributes(site, BasicFileAttributes.class).fileKey();

        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "2"), OutputFile.text("a/b.html", "b2")));

        assertEquals(before, site.toRealPath());
        assertFalse(inodeBefore.equals(Files.readAttributes(site, BasicFileAttributes.class).fileKey()),
                "the whole folder was replaced in one rename, not filled file by file");
        assertEquals("tracker.example.org", Files.readString(site.resolve("CNAME")));
        assertEquals("b2", Files.readString(site.resolve("a/b.html")));
    }

    @Test
    void anOutputFolderLinkedToTheContentIsRefusedAndTheContentKept() throws Exception {
        io.github.trackdown.TrackerFixture fixture =
                io.github.trackdown.TrackerFixture.oneReviewOfOneRecommendation(folder);
        Files.createDirectories(fixture.site().getParent());
        Files.createSymbolicLink(fixture.site(), fixture.content());

        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, fixture::build);

        assertTrue(Files.isRegularFile(fixture.content().resolve("2024/r1.md")), "the content is untouched");
    }
}
