package org.tgov.improvement.web;

import org.tgov.improvement.RequirementView;

/**
 * The "add a requirement" screen (its letter and what it says) and the "change a requirement"
 * screen (what it says: the letter it is cited by stays). Both answers are checked by the module's
 * rules together (the letter by the requirement letter policy, which says why a letter cannot be
 * used), so that every mistake is shown at once.
 */
public class RequirementForm {

    private String label = "";

    private String requirement = "";

    private long version;

    static RequirementForm of(RequirementView requirement) {
        RequirementForm form = new RequirementForm();
        form.label = requirement.label();
        form.requirement = requirement.requirement();
        form.version = requirement.version();
        return form;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
