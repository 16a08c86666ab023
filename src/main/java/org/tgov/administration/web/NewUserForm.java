package org.tgov.administration.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.tgov.identity.NewUser;
import org.tgov.identity.NoControlCharacters;
import org.tgov.identity.PasswordPolicy;
import org.tgov.identity.Role;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;

/** The add a user screen. Spaces around an answer mean nothing and are dropped as it arrives. */
public class NewUserForm {

    @NotBlank(message = "{user.username.required}")
    @Size(max = 100, message = "{user.username.tooLong}")
    @NoControlCharacters(message = "{user.username.controlCharacters}")
    private String username = "";

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200, message = "{user.fullName.tooLong}")
    @NoControlCharacters(message = "{user.fullName.controlCharacters}")
    private String displayName = "";

    @Email(message = "{user.email.format}")
    @Size(max = 254, message = "{user.email.tooLong}")
    private String email = "";

    /**
     * Checked against {@link PasswordPolicy} in {@link #checkPassword}, so the rule lives in one place.
     * Kept exactly as typed: spaces are part of a passphrase.
     */
    private String password = "";

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Set<Long> bodyIds = new HashSet<>();

    /** Adds the password policy's refusal, if any, to the other errors so that all show at once. */
    void checkPassword(BindingResult binding) {
        try {
            PasswordPolicy.check("password", password, username, displayName);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
        }
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, password, roles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName.strip();
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

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Set<Long> getBodyIds() {
        return bodyIds;
    }

    public void setBodyIds(Set<Long> bodyIds) {
        this.bodyIds = bodyIds == null ? new HashSet<>() : bodyIds;
    }
}
