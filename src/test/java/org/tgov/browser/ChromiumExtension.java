package org.tgov.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;
import org.tgov.browser.pages.PageChecks;

/**
 * Starts the shared {@link Chromium} on first use, keeps it in the root store so that every test
 * class reuses it, and lets JUnit quit it when the whole run ends. Each test starts signed out,
 * with an empty console. When a test fails, the page it ended on is kept in
 * {@code target/browser-failures} as a screenshot and as HTML.
 */
class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium chromium = chromium(context);
        chromium.clearCookies();
        PageChecks.clearConsole(chromium.driver());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return chromium(context).driver();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Chromium chromium = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        if (chromium != null) {
            FailureEvidence.save(chromium.driver(), context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName());
        }
    }

    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> Chromium.start(),
                Chromium.class);
    }
}
