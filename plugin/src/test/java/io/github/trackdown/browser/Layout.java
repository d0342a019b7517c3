package io.github.trackdown.browser;

/**
 * Scripts that measure a page's layout in the browser, each returning a list of problems in words (empty when the
 * page is fine).
 */
final class Layout {

    /**
     * The width of an A4 page's printable area in CSS pixels: 210 mm less the style sheet's two 15 mm margins
     * ({@code @page}) is 180 mm, at 96 CSS pixels to the inch.
     */
    static final int A4_CONTENT_WIDTH = 680;

    /** The height of an A4 page's printable area in CSS pixels: 297 mm less two 15 mm margins. */
    static final int A4_CONTENT_HEIGHT = 1009;

    /** No table is wider than the box it is in, so none needs sideways scrolling; nor is the page. */
    static final String TABLES_FIT = """
            const problems = [];
            const page = document.documentElement;
            if (page.scrollWidth > page.clientWidth) {
              problems.push('the page is ' + page.scrollWidth + 'px wide in a ' + page.clientWidth + 'px window');
            }
            for (const table of document.querySelectorAll('table')) {
              if (table.getClientRects().length === 0) continue;
              const box = table.closest('.table-scroll') || table.parentElement;
              if (box.scrollWidth > box.clientWidth + 1) {
                problems.push('table.' + table.className + ' needs ' + box.scrollWidth + 'px in a '
                    + box.clientWidth + 'px box');
              }
            }
            return problems;
            """;

    /**
     * Laid out for print: no element reaches past the right edge of the page, no box cuts its content off, and every
     * column of every table is printed, inside the page. The content of a closed {@code <details>} is not printed,
     * so it is not measured.
     */
    static final String PRINT_FITS = """
            const problems = [];
            const width = document.documentElement.clientWidth;
            const describe = e => e.outerHTML.substring(0, 80).replace(/\\s+/g, ' ');
            if (document.documentElement.scrollWidth > width) {
              problems.push('the page is ' + document.documentElement.scrollWidth + 'px wide on ' + width
                  + 'px of paper');
            }
            for (const element of document.querySelectorAll('body *')) {
              if (element.closest('.visually-hidden') || element.getClientRects().length === 0
                  || element.closest('details:not([open]) > :not(summary)')) continue;
              const box = element.getBoundingClientRect();
              if (box.right > width + 1) {
                problems.push('reaches ' + Math.round(box.right) + 'px: ' + describe(element));
                break;
              }
              if (element.scrollWidth > element.clientWidth + 1
                  && getComputedStyle(element).overflowX !== 'visible') {
                problems.push('cuts off its content: ' + describe(element));
              }
            }
            for (const table of document.querySelectorAll('table')) {
              const headings = table.querySelectorAll('thead th');
              for (const heading of headings) {
                const box = heading.getBoundingClientRect();
                if (heading.getClientRects().length === 0 || box.width < 1 || box.right > width + 1) {
                  problems.push('the column "' + heading.textContent.trim() + '" of table.' + table.className
                      + ' is not on the page');
                }
              }
            }
            return problems;
            """;

    /**
     * On a phone, every table of recommendations (the review table and the status matrices) is a list of blocks:
     * its cells are laid out as blocks, none needs sideways scrolling, and every value with content shows the name
     * of its column above it.
     */
    static final String STACKED = """
            const problems = [];
            for (const table of document.querySelectorAll('table.review-table, table.matrix')) {
              if (table.getClientRects().length === 0) continue;
              const box = table.closest('.table-scroll') || table.parentElement;
              if (box.scrollWidth > box.clientWidth + 1) {
                problems.push('table.' + table.className + ' needs ' + box.scrollWidth + 'px in a '
                    + box.clientWidth + 'px box');
              }
              for (const cell of table.querySelectorAll(':scope > tbody > tr > td')) {
                if (getComputedStyle(cell).display === 'table-cell') {
                  problems.push('table.' + table.className + ' is still laid out as a table');
                  break;
                }
                const label = cell.getAttribute('data-label');
                const shown = getComputedStyle(cell, '::before').content;
                if (cell.textContent.trim() !== '' && (!label || shown !== JSON.stringify(label))) {
                  problems.push('a value of table.' + table.className + ' has no label: '
                      + cell.outerHTML.substring(0, 80));
                  break;
                }
              }
            }
            return problems;
            """;

    /** The column labels of the first recommendation's values in the home matrix, from the top of the screen. */
    static final String MATRIX_ORDER = """
            const row = document.querySelector('table.matrix tbody tr[data-order]');
            return Array.from(row.querySelectorAll('td'))
                .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
                .map(cell => cell.getAttribute('data-label'));
            """;

    private Layout() {
    }
}
