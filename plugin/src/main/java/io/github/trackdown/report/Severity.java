package io.github.trackdown.report;

/**
 * How serious a {@link Problem} is: errors fail the build, warnings do unless the build is strict, notes never do
 * (they say what the build leaves out, such as drafts).
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in messages, as compilers print it. */
    public String label() {
        return label;
    }
}
