package org.tgov.platform.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.tgov.identity.NewUser;
import org.tgov.identity.NoControlCharacters;
import org.tgov.identity.PasswordPolicy;
import org.tgov.identity.Role;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;

/**
 * The "add an organisation" screen: the organisation and the first person who administers it.
 * Spaces around an answer mean nothing and are dropped as it arrives; the password is kept as typed.
 */
public class NewOrganisationForm {

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.tooLong}")
    @NoControlCharacters(message = "{organisation.name.controlCharacters}")
    private String organisationName = "";

    @NotBlank(message = "{platform.username.required}")
    @Size(max = 100, message = "{user.username.tooLong}")
    @NoControlCharacters(message = "{user.username.controlCharacters}")
    private String username = "";

    @NotBlank(message = "{platform.fullName.required}")
    @Size(max = 200, message = "{user.fullName.tooLong}")
    @NoControlCharacters(message = "{user.fullName.controlCharacters}")
    private String fullName = "";

    @Email(message = "{user.email.format}")
    @Size(max = 254, message = "{user.email.tooLong}")
    private String email = "";

    /** Never shown back: a page with an error asks for it again. */
    private String password = "";

    /** Adds the password policy's refusal, if any, so that it is shown with the form's other errors. */
    void checkPassword(BindingResult binding) {
        try {
            PasswordPolicy.check("password", password, username, fullName);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
        }
    }

    NewUser firstAdministrator() {
        return new NewUser(username, fullName, email, password, Set.of(Role.ADMIN));
    }

    /** Shows the identity module's refusals next to the fields of this form they are about. */
    void show(Refused refused, BindingResult binding) {
        FormRefusals.show(refused, binding, Map.of("name", "organisationName", "displayName", "fullName"));
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
