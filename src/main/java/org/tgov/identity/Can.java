package org.tgov.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in person has a {@link Permission}: for method security (the {@code Can…}
 * annotations) and for pages ({@code th:if="${@can.editProgrammeData()}"}).
 */
@Component("can")
public class Can {

    public boolean editProgrammeData() {
        return has(Permission.EDIT_PROGRAMME_DATA);
    }

    public boolean manageProgrammes() {
        return has(Permission.MANAGE_PROGRAMMES);
    }

    public boolean recordProgress() {
        return has(Permission.RECORD_PROGRESS);
    }

    public boolean manageImprovement() {
        return has(Permission.MANAGE_IMPROVEMENT);
    }

    public boolean forecast() {
        return has(Permission.FORECAST);
    }

    public boolean administer() {
        return has(Permission.ADMINISTER);
    }

    public boolean runPlatform() {
        return has(Permission.RUN_PLATFORM);
    }

    public boolean has(Permission permission) {
        return permission.grantedTo(roles(SecurityContextHolder.getContext().getAuthentication()));
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null || !authentication.isAuthenticated()) {
            return roles;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
