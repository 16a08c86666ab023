package org.tgov.workforce.web;

import org.tgov.shared.web.MonthInput;

/** The screen that records the FTE in post in a month, permanent and agency. */
public class ActualFteForm {

    private MonthInput month = new MonthInput();

    private String permanentFte = "";

    private String agencyFte = "";

    public MonthInput getMonth() {
        return month;
    }

    public void setMonth(MonthInput month) {
        this.month = month;
    }

    public String getPermanentFte() {
        return permanentFte;
    }

    public void setPermanentFte(String permanentFte) {
        this.permanentFte = permanentFte;
    }

    public String getAgencyFte() {
        return agencyFte;
    }

    public void setAgencyFte(String agencyFte) {
        this.agencyFte = agencyFte;
    }
}
