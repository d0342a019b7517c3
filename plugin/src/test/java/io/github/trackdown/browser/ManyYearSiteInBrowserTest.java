package io.github.trackdown.browser;

/** The ManyYearTracker, built and checked in a real browser as readers see it. */
class ManyYearSiteInBrowserTest extends SiteInBrowserTests {

    @Override
    BuiltSite site() {
        return BuiltSite.manyYears();
    }
}
