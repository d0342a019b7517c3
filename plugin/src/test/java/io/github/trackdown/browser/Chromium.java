package io.github.trackdown.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit extension that gives tests one headless Chromium session, shared by every test class of the run.
 *
 * <p>A {@link Browser} parameter gets the shared session; one marked {@link WithoutJavaScript} gets a second
 * shared session in which pages cannot run scripts. Both close at the end of the run.
 *
 * <p>Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are used (the system properties
 * {@code chromium.binary} and {@code chromium.driver} name others); nothing is ever downloaded.
 * Where they are missing, the tests are skipped with a loud message, except when the environment variable
 * {@code CI} is {@code true}: then they fail, so CI can never pass without running them.
 */
public final class Chromium implements BeforeAllCallback, ParameterResolver {

    /** The browser binary: {@code /usr/bin/chromium}, or the system property {@code chromium.binary}. */
    public static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    /** The driver binary: {@code /usr/bin/chromedriver}, or the system property {@code chromium.driver}. */
    public static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "Chromium (" + BINARY + ") or chromedriver (" + DRIVER + ") is missing, so the browser"
                + " tests cannot run. Install them with: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: the browser tests must run in CI)");
        }
        System.err.println();
        System.err.println("*".repeat(100));
        System.err.println("*** SKIPPING THE BROWSER TESTS of " + context.getDisplayName());
        System.err.println("*** " + message);
        System.err.println("*".repeat(100));
        System.err.println();
        Assumptions.abort(message);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        boolean javascript = !parameter.isAnnotated(WithoutJavaScript.class);
        return context.getRoot().getStore(ExtensionContext.Namespace.create(Chromium.class))
                .computeIfAbsent(javascript ? "browser" : "browser without JavaScript",
                        key -> Browser.start(javascript), Browser.class);
    }
}
