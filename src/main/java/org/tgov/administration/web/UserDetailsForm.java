package org.tgov.administration.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tgov.administration.AccountDetails;
import org.tgov.administration.AccountView;
import org.tgov.boards.BodySummary;
import org.tgov.identity.NoControlCharacters;
import org.tgov.identity.Role;

/**
 * The change a user's details screen; carries the version the administrator started from.
 * Spaces around an answer mean nothing and are dropped as it arrives.
 */
public class UserDetailsForm {

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200, message = "{user.fullName.tooLong}")
    @NoControlCharacters(message = "{user.fullName.controlCharacters}")
    private String displayName = "";

    @Email(message = "{user.email.format}")
    @Size(max = 254, message = "{user.email.tooLong}")
    private String email = "";

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Set<Long> bodyIds = new HashSet<>();

    private long version;

    static UserDetailsForm of(AccountView account) {
        UserDetailsForm form = new UserDetailsForm();
        form.displayName = account.displayName();
        form.email = account.email() == null ? "" : account.email();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.bodyIds = account.bodies().stream().map(BodySummary::id).collect(Collectors.toCollection(HashSet::new));
        form.version = account.version();
        return form;
    }

    AccountDetails toDetails() {
        return new AccountDetails(displayName, email, roles, bodyIds);
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
