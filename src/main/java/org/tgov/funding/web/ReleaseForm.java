package org.tgov.funding.web;

import org.tgov.shared.web.DateInput;

/** The release a tranche screen: the date the money was released. */
public class ReleaseForm {

    private DateInput releasedOn = new DateInput();

    static ReleaseForm of(org.tgov.funding.Tranche tranche) {
        ReleaseForm form = new ReleaseForm();
        form.releasedOn = DateInput.of(tranche.getReleasedOn());
        return form;
    }

    public DateInput getReleasedOn() {
        return releasedOn;
    }

    public void setReleasedOn(DateInput releasedOn) {
        this.releasedOn = releasedOn;
    }
}
