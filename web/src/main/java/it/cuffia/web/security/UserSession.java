package it.cuffia.web.security;

import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The person using this browser session: name, roles, and the language the consoles speak. */
@Named("userSession")
@SessionScoped
public class UserSession implements Serializable {

    public static final Locale DEFAULT_LOCALE = Locale.ITALIAN;

    @Inject
    private UserService users;

    @Inject
    private it.cuffia.contact.application.AgentStateService agentStates;

    private Locale locale = DEFAULT_LOCALE;
    private String username;
    private String fullName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String homePage = "/login.xhtml";

    /**
     * Before anybody logs in, the pages speak the browser's language when the consoles have it (Faces picks
     * it from {@code Accept-Language} among faces-config's locales), Italian otherwise: the login page a
     * session's end leads to, the error pages.
     */
    @PostConstruct
    void browserLanguage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            locale = visitorLocale(faces, null);
        }
    }

    /**
     * The language of a page nobody is logged in to (the login page, the public web form, the survey): the one the
     * page's address names ({@code lang}, "it" or "en") when it names one, else the browser's when the suite has it,
     * else Italian.
     */
    public static Locale visitorLocale(FacesContext faces, String named) {
        if (named != null && AppUser.LANGUAGES.contains(named)) {
            return Locale.forLanguageTag(named);
        }
        String header = faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ITALIAN; // a request naming no language: the server's own locale (English here) would answer
        }
        Locale asked = faces.getApplication().getViewHandler().calculateLocale(faces);
        return AppUser.LANGUAGES.contains(asked.getLanguage()) ? Locale.forLanguageTag(asked.getLanguage()) : Locale.ITALIAN;
    }

    /** Called right after a successful login: the user's own language wins over the login page's. */
    void loggedIn(AppUser user) {
        this.username = user.getUsername();
        this.fullName = user.getFullName();
        this.roles = EnumSet.copyOf(user.getRoles());
        this.homePage = user.homePage();
        this.locale = Locale.forLanguageTag(user.getLanguage());
    }

    /** The language switch: kept for the session, and for the next logins when somebody is logged in. */
    public void switchLanguage(String language) throws IOException {
        if (!AppUser.LANGUAGES.contains(language)) {
            return;
        }
        locale = Locale.forLanguageTag(language);
        if (isLoggedIn()) {
            users.chooseLanguage(language);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // back to the page the person was on, with its parameters (a postback's own URL has lost them)
        String referer = request.getHeader("Referer");
        String site = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath() + "/";
        if (referer != null && referer.startsWith(site)) {
            external.redirect(referer);
            return;
        }
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** The login page's {@code ?lang=} parameter, for the language of the logged-out pages. */
    public void setLang(String language) {
        if (language != null && AppUser.LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
        }
    }

    public String getLang() {
        return locale.getLanguage();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (roles.contains(Role.AGENT)) {
            agentStates.loggedOut(username);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=true&lang=" + locale.getLanguage());
    }

    public boolean isLoggedIn() {
        return username != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(Role.valueOf(role));
    }

    public Locale getLocale() { return locale; }
    public String getLanguage() { return locale.getLanguage(); }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getHomePage() { return homePage; }
}
