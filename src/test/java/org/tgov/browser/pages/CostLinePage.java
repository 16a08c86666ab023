package org.tgov.browser.pages;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** A cost line's page: its figures, its spend and commitments, and the forms to record them. */
public class CostLinePage extends Page {

    CostLinePage(Browser browser) {
        super(browser, Pattern.compile("/cost-lines/\\d+"));
    }

    public static CostLinePage open(Browser browser, Long costLineId) {
        browser.open("/cost-lines/" + costLineId);
        return new CostLinePage(browser);
    }

    /** Records spend for a month, expecting it to be accepted. */
    public CostLinePage recordSpend(int month, int year, String amount) {
        type("spendMonth", Integer.toString(month));
        type("spendMonth-year", Integer.toString(year));
        type("spendAmount", amount);
        browser.clickAndWait(By.cssSelector("[data-test='spend-form'] button[type='submit']"));
        return new CostLinePage(browser);
    }

    /** Adds an open commitment, expecting it to be accepted. */
    public CostLinePage addCommitment(LocalDate signed, String amount, String supplier) {
        type("commitmentDate", Integer.toString(signed.getDayOfMonth()));
        type("commitmentDate-month", Integer.toString(signed.getMonthValue()));
        type("commitmentDate-year", Integer.toString(signed.getYear()));
        type("commitmentAmount", amount);
        type("commitmentSupplier", supplier);
        browser.clickAndWait(By.xpath("//button[normalize-space()='Add commitment']"));
        return new CostLinePage(browser);
    }

    private void type(String id, String text) {
        browser.find(By.id(id)).clear();
        browser.find(By.id(id)).sendKeys(text);
    }
}
