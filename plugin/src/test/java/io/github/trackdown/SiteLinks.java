package io.github.trackdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds every internal {@code href} and {@code src} in a built site that is not relative or leads nowhere. */
public final class SiteLinks {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("id=\"([^\"]*)\"");

    private SiteLinks() {
    }

    /** Each broken or absolute internal link as {@code page -> target: why}; empty when all are fine. */
    public static List<String> broken(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlPages(site)) {
            String html = read(page);
            String from = site.relativize(page).toString().replace('\\', '/');
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String target = links.group(1).replace("&amp;", "&");
                if (target.startsWith("https://") || target.startsWith("http://") || target.startsWith("mailto:")
                        || target.startsWith("data:")) {
                    continue;
                }
                if (target.startsWith("/") || target.contains("://")) {
                    broken.add(from + " -> " + target + ": not relative");
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? "" : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? page : page.getParent().resolve(URI.create(path).getPath()).normalize();
                if (!resolved.startsWith(site) || !Files.isRegularFile(resolved)) {
                    broken.add(from + " -> " + target + ": no such file");
                } else if (!fragment.isEmpty() && !ids(read(resolved)).contains(fragment)) {
                    broken.add(from + " -> " + target + ": no such anchor");
                }
            }
        }
        return broken;
    }

    /** Every HTML page of the site. */
    public static List<Path> htmlPages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
