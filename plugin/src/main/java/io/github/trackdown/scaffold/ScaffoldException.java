package io.github.trackdown.scaffold;

/** Thrown when new content files would overwrite existing ones or cannot be made from what was asked. */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message an editor can act on. */
    public ScaffoldException(String message) {
        super(message);
    }
}
