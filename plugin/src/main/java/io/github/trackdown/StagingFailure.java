package io.github.trackdown;

import java.io.IOException;

/** A file that could not be written to the staging folder, carried out of the rendering threads. */
final class StagingFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StagingFailure(IOException cause) {
        super(cause);
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
