package org.tgov.platform.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.tgov.identity.NewUser;
import org.tgov.identity.NoControlCharacters;
import org.tgov.identity.PasswordPolicy;
import org.tgov.identity.Role;
import org.tgov.shared.RuleViolation;

/**
 * The "add an organisation" screen: the organisation and the first person who administers it.
 * Spaces around an answer mean nothing and are dropped as it arrives; the password is kept as typed.
 */
public class NewOrganisationForm {

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "Organisation name must be 200 characters or fewer")
    @NoControlCharacters(message = "Organisation name must not include tabs, line breaks or other control characters")
    private String organisationName = "";

    @NotBlank(message = "Enter a username for the administrator")
    @Size(max = 100, message = "Username must be 100 characters or fewer")
    @NoControlCharacters(message = "Username must not include tabs, line breaks or other control characters")
    private String username = "";

    @NotBlank(message = "Enter the administrator's full name")
    @Size(max = 200, message = "Full name must be 200 characters or fewer")
    @NoControlCharacters(message = "Full name must not include tabs, line breaks or other control characters")
    private String fullName = "";

    @Email(message = "Enter an email address in the correct format, like name@example.com")
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    private String email = "";

    /** Never shown back: a page with an error asks for it again. */
    private String password = "";

    /** Adds the password policy's refusal, if any, so that it is shown with the form's other errors. */
    void checkPassword(BindingResult binding) {
        try {
            PasswordPolicy.check("password", password, username, fullName);
        } catch (RuleViolation violation) {
            violation.addTo(binding);
        }
    }

    NewUser firstAdministrator() {
        return new NewUser(username, fullName, email, password, Set.of(Role.ADMIN));
    }

    /** Shows a refusal from the identity module next to the field of this form it is about. */
    void show(RuleViolation violation, BindingResult binding) {
        String field = violation.field() == null ? null : switch (violation.field()) {
            case "name" -> "organisationName";
            case "displayName" -> "fullName";
            case "username", "email", "password" -> violation.field();
            default -> null;
        };
        new RuleViolation(field, violation.getMessage()).addTo(binding);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName == null ? "" : organisationName.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
