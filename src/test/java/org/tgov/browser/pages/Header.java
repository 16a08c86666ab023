package org.tgov.browser.pages;

import org.openqa.selenium.By;

/** The header every page shares: organisation, who is signed in, and sign out. */
public record Header(Browser browser) {

    /** Sign out sits with the user's name, in the account area of the header. */
    private static final By SIGN_OUT = By.cssSelector("header .tgov-header__account [data-test=sign-out]");

    public String organisation() {
        return browser.text(By.cssSelector("header .tgov-header__organisation"));
    }

    public String signedInUser() {
        return browser.text(By.cssSelector("header .tgov-header__account [data-test=signed-in-user]"));
    }

    public boolean isSignedIn() {
        return browser.isPresent(SIGN_OUT);
    }

    public SignInPage signOut() {
        browser.clickAndWait(SIGN_OUT);
        return new SignInPage(browser);
    }
}
