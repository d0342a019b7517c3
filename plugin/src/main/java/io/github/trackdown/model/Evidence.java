package io.github.trackdown.model;

/**
 * One dated item of a recommendation's evidence log: something done or published towards it, such as "Guidance
 * published".
 *
 * @param date when it happened: a day, or only its month
 * @param title what happened, one line of text
 * @param link the address of the evidence, starting with {@code https://}; empty when not given
 * @param year the review whose file records it
 */
public record Evidence(DueDate date, String title, String link, int year) {
}
