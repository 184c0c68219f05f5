package it.cuffia.identity.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A person who logs in. Deactivated, never deleted: history and statements refer to users. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.ACTIVE_CALLER, query = "select u from AppUser u where u.username = :username and u.active = true",
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "u.roles"), @QueryHint(name = "eclipselink.read-only", value = "true")})
public class AppUser extends AbstractEntity {

    /**
     * The active user of a request's caller with their roles, in one statement, only read. Named, with its hints, so
     * that EclipseLink prepares its SQL once at deploy: hints set on a query made per call had it prepare the SQL again
     * at each execution (issue 17: the CPU profile of the ticket API). Parameter {@code username}.
     */
    public static final String ACTIVE_CALLER = "AppUser.activeCaller";

    public static final Set<String> LANGUAGES = Set.of("it", "en");

    @NotBlank
    @Size(min = 3, max = 60)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @NotBlank
    @Size(max = 80)
    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @NotBlank
    @Size(max = 80)
    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Email
    @Size(max = 160)
    @Column(length = 160)
    private String email;

    /** The console language this user chose: "it" or "en". */
    @Column(nullable = false, length = 5)
    private String language = "it";

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new LinkedHashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String firstName, String lastName, Collection<Role> roles) {
        this.username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
        this.firstName = firstName;
        this.lastName = lastName;
        changeRoles(roles);
    }

    public void changeRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("user.roles.required");
        }
        roles.clear();
        roles.addAll(EnumSet.copyOf(newRoles));
    }

    /** Stores an already hashed password; hashing is the identity service's job. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void chooseLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new DomainException("user.language.unsupported", language);
        }
        this.language = language;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The home page of the first of the user's roles, in the order of {@link Role}. */
    public String homePage() {
        return EnumSet.copyOf(roles).iterator().next().homePage();
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName == null ? null : firstName.trim(); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName == null ? null : lastName.trim(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT); }
    public String getLanguage() { return language; }
    public boolean isActive() { return active; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
}
