package org.tgov.funding.web;

import org.tgov.shared.web.DateInput;

/** The release a tranche screen: the date the money was released. */
public class ReleaseForm {

    private DateInput releasedOn = new DateInput();

    static ReleaseForm of(org.tgov.funding.TrancheView tranche) {
        ReleaseForm form = new ReleaseForm();
        form.releasedOn = DateInput.of(tranche.releasedOn());
        return form;
    }

    public DateInput getReleasedOn() {
        return releasedOn;
    }

    public void setReleasedOn(DateInput releasedOn) {
        this.releasedOn = releasedOn;
    }
}
