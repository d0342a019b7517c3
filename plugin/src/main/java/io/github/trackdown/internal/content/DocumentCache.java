package io.github.trackdown.internal.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content files parsed by the previous load, kept so that the next load parses only the files whose bytes
 * changed. Used by the preview. A file that had a problem is never kept, so its problem is reported again.
 * Thread-safe.
 */
public final class DocumentCache {

    private final Map<Path, Entry> documents = new ConcurrentHashMap<>();

    private record Entry(byte[] bytes, SourceDocument document) {
    }

    /** The document parsed from exactly these bytes last time, or {@code null}. */
    SourceDocument get(Path file, byte[] bytes) {
        Entry entry = documents.get(file);
        return entry != null && Arrays.equals(entry.bytes(), bytes) ? entry.document() : null;
    }

    void keep(Path file, byte[] bytes, SourceDocument document) {
        documents.put(file, new Entry(bytes, document));
    }

    /** Forgets files that the last load did not read (deleted or renamed). */
    void keepOnly(java.util.Set<Path> read) {
        documents.keySet().retainAll(read);
    }
}
