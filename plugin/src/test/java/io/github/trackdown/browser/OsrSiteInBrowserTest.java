package io.github.trackdown.browser;

/** The OSR tracker of site-content, built and checked in a real browser as readers see it. */
class OsrSiteInBrowserTest extends SiteInBrowserTests {

    @Override
    BuiltSite site() {
        return BuiltSite.osr();
    }
}
