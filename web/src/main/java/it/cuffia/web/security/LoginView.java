package it.cuffia.web.security;

import it.cuffia.identity.application.UserService;
import it.cuffia.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The login form: checks the credentials, then opens the page asked for or the role's home. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @Inject
    private UserSession session;

    @Inject
    private UserService users;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private it.cuffia.contact.application.AgentStateService agentStates;

    @NotBlank
    private String username;
    @NotBlank
    private String password;
    private String next;

    /**
     * Opening the login page ends a session still open in this browser, so that whoever logs in next is
     * who the consoles show (never the previous user). The page comes back on a fresh session.
     */
    public void endOpenSession() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            closeSession(request);
            String query = request.getQueryString();
            external.redirect(external.getRequestContextPath() + CuffiaAuthenticationMechanism.LOGIN_PAGE
                    + (query == null ? "" : "?" + query));
        }
    }

    public void login() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            // a login form left open from before somebody else logged in here: that session ends first
            closeSession(request);
            external.redirect(external.getRequestContextPath() + CuffiaAuthenticationMechanism.LOGIN_PAGE + "?closed=true");
            return;
        }
        Optional<Duration> locked = throttle.lockedFor(username, request.getRemoteAddr());
        if (locked.isPresent()) {
            Messages.error("login.locked", LoginThrottle.minutes(locked.get()));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim().toLowerCase(Locale.ROOT), password)));
        switch (status) {
            case SUCCESS -> {
                it.cuffia.identity.domain.AppUser user = users.me();
                session.loggedIn(user);
                request.changeSessionId();
                if (user.hasRole(it.cuffia.identity.domain.Role.AGENT)) {
                    // an agent who logs in is ready for calls; the session remembers them for its end
                    agentStates.loggedIn();
                    request.getSession().setAttribute(AgentSessionListener.AGENT_ATTRIBUTE, user.getUsername());
                }
                external.redirect(external.getRequestContextPath() + target());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Messages.error("login.failed");
        }
    }

    private static void closeSession(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession open = request.getSession(false);
        if (open != null) {
            open.invalidate();
        }
    }

    /** Only a path inside this application, never an absolute URL (no open redirect). */
    private String target() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login")) {
            return next;
        }
        return session.getHomePage();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
