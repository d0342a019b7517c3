package io.github.trackdown.report;

/** How serious a {@link Problem} is: errors fail the build, warnings do unless the build is strict. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in messages, as compilers print it. */
    public String label() {
        return label;
    }
}
