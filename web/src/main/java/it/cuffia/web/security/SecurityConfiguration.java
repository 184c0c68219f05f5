package it.cuffia.web.security;

import it.cuffia.identity.domain.PasswordHashing;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users and roles live in the application database; passwords are PBKDF2 hashes. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/cuffia",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS,
                PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE})
@DeclareRoles({"AGENT", "SUPERVISOR", "SALES", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
