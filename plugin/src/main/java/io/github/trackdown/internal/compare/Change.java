package io.github.trackdown.internal.compare;

/**
 * How a recommendation's status moved since the review before, told in words and a symbol, never colour alone.
 */
public enum Change {
    /** First appears in this review. */
    NEW("new", "+", "change.new"),
    /** Assessed for the first time, after a review that made it without assessing it. */
    FIRST_ASSESSED("first-assessed", "\u25CF", "change.firstAssessed"),
    /** A better step on the scale than last time. */
    IMPROVED("improved", "\u25B2", "change.improved"),
    /** A worse step on the scale than last time. */
    WORSENED("worsened", "\u25BC", "change.worsened"),
    /** The same status as last time. */
    UNCHANGED("unchanged", "=", "change.unchanged"),
    /** Closed in this review. */
    CLOSED("closed", "\u25A0", "change.closed"),
    /** Followed up again after being closed. */
    REOPENED("reopened", "\u21BA", "change.reopened"),
    /** Not assessed in this review although it was before. */
    NOT_ASSESSED("not-assessed", "?", "change.notAssessed");

    private final String slug;
    private final String symbol;
    private final String messageKey;

    Change(String slug, String symbol, String messageKey) {
        this.slug = slug;
        this.symbol = symbol;
        this.messageKey = messageKey;
    }

    /** The key of the words in the interface's message bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The lower-case word used in CSS classes. */
    public String slug() {
        return slug;
    }

    /** A short symbol shown beside the status; decorative, always paired with the words of {@link #messageKey()}. */
    public String symbol() {
        return symbol;
    }

}
