package org.tgov.browser.pages;

import org.openqa.selenium.By;

/** The sign-in page, where every visit starts. */
public class SignInPage extends Page {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "demo-password";

    SignInPage(Browser browser) {
        super(browser, "Sign in");
    }

    public static SignInPage open(Browser browser) {
        browser.open("/sign-in");
        return new SignInPage(browser);
    }

    /** Signs a demo user of the council in. */
    public HomePage signInAs(String username) {
        submit(username, DEMO_PASSWORD);
        return new HomePage(browser);
    }

    /** Signs in without expecting any particular page, for users who do not land on the home page. */
    public void signInLandingAnywhere(String username) {
        signInLandingAnywhere(username, DEMO_PASSWORD);
    }

    /** Signs in someone who is not a demo user. */
    public void signInLandingAnywhere(String username, String password) {
        submit(username, password);
    }

    /** Tries to sign in with details that are refused. */
    public SignInPage signInRefused(String username, String password) {
        submit(username, password);
        return new SignInPage(browser);
    }

    private void submit(String username, String password) {
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
    }
}
