package org.tgov.administration.web;

/** The reset password screen; the policy is checked by the identity module when saving. */
public class PasswordForm {

    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
