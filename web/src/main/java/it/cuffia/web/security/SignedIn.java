package it.cuffia.web.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in with this browser session, kept by our mechanism instead of {@code @AutoApplySession}:
 * under load Payara 6.2025.9's session re-use loses the caller's groups and answers valid requests with
 * 403 (payara/Payara#6145), and the groups it keeps do not follow a session to another instance of a
 * deployment group (payara/Payara#6342). Name and groups are plain strings, so the session replicates.
 */
record SignedIn(String caller, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedIn.class.getName();

    SignedIn {
        groups = Set.copyOf(groups);
    }

    /** Remembers a successful login in the request's session, creating the session. */
    static void remember(HttpServletRequest request, CredentialValidationResult login) {
        HttpSession session = request.getSession();
        session.setAttribute(ATTRIBUTE, new SignedIn(login.getCallerPrincipal().getName(), login.getCallerGroups()));
        SessionTimeouts.forGroups(login.getCallerGroups(), Integer.getInteger("cuffia.session.agentIdleMinutes"))
                .ifPresent(idle -> session.setMaxInactiveInterval((int) idle.toSeconds()));
    }

    /** The login this request's session remembers, if it has a session and a login. */
    static Optional<SignedIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedIn) session.getAttribute(ATTRIBUTE));
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
