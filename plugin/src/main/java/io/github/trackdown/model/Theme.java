package io.github.trackdown.model;

/**
 * A group of related recommendations, such as "People" or "Processes".
 *
 * @param name the theme's name as editors write it in {@code theme:}
 * @param slug the name in lower case with hyphens, used for the theme's page
 * @param description one line on what the theme covers; empty when not given
 */
public record Theme(String name, String slug, String description) {
}
