/**
 * A portfolio: many reports, each a complete tracker in a sub-folder, published as one site. This package holds
 * the portfolio's model (its settings, its owner aliases, its reports) and the views across reports that its pages
 * and combined data are made from: owners matched across reports, and recommendations grouped by status kind.
 */
package io.github.trackdown.internal.portfolio;
