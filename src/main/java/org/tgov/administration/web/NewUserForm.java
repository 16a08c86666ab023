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
import org.tgov.identity.PasswordPolicy;
import org.tgov.identity.Role;
import org.tgov.shared.RuleViolation;

/** The add a user screen. */
public class NewUserForm {

    @NotBlank(message = "Enter a username")
    @Size(max = 100, message = "Username must be 100 characters or fewer")
    private String username = "";

    @NotBlank(message = "Enter the user's full name")
    @Size(max = 200, message = "Full name must be 200 characters or fewer")
    private String displayName = "";

    @Email(message = "Enter an email address in the correct format, like name@example.org")
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    private String email = "";

    /** Checked against {@link PasswordPolicy} in {@link #checkPassword}, so the rule lives in one place. */
    private String password = "";

    @NotEmpty(message = "Select at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Set<Long> bodyIds = new HashSet<>();

    /** Adds the password policy's refusal, if any, to the other errors so that all show at once. */
    void checkPassword(BindingResult binding) {
        try {
            PasswordPolicy.check("password", password);
        } catch (RuleViolation violation) {
            violation.addTo(binding);
        }
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, password, roles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
