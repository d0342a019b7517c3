package io.github.trackdown.model;

/** What part a status plays: most are steps on the progress scale, two are special. */
public enum StatusKind {
    /** Not yet assessed: a recommendation's status in the review that made it. Not on the scale. */
    UNASSESSED,
    /** A step on the progress scale, ordered from worst to best. */
    SCALE,
    /** No longer followed up; ends the recommendation's tracking. */
    CLOSED
}
