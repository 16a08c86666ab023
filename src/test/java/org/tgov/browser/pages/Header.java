package org.tgov.browser.pages;

import org.openqa.selenium.By;

/** The header every page shares: organisation, who is signed in, and sign out. */
public record Header(Browser browser) {

    public String organisation() {
        return browser.text(By.cssSelector("header .tgov-header__organisation"));
    }

    public String signedInUser() {
        return browser.text(By.cssSelector("header [data-test=signed-in-user]"));
    }

    public boolean isSignedIn() {
        return browser.isPresent(By.cssSelector("header [data-test=sign-out]"));
    }

    public SignInPage signOut() {
        browser.clickAndWait(By.cssSelector("header [data-test=sign-out]"));
        return new SignInPage(browser);
    }
}
