package io.github.trackdown.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML files with the Nu Html Checker (vnu), in this JVM, as its command line does with
 * {@code --errors-only}: the HTML5 schema and the HTML parser's own errors.
 */
public final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {
    }

    /**
     * The errors in the given files, each as {@code file:line:column: message}, where {@code file} is relative to
     * {@code base}; empty when every file is valid.
     */
    public static List<String> errors(Path base, List<Path> files) {
        Collector collector = new Collector();
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
            for (Path file : files) {
                collector.file = base.relativize(file).toString().replace('\\', '/');
                validator.checkHtmlFile(file.toFile(), true);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not run: " + e, e);
        }
        return collector.errors;
    }

    /** Collects errors and fatal errors; warnings are left out, as with {@code --errors-only}. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String file = "";

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(file + ":" + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": "
                    + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
