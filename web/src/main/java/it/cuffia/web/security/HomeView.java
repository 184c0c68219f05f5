package it.cuffia.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The application's root: each person goes to their role's home page, or to the login page. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private UserSession session;

    public void redirect() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (session.isLoggedIn() ? session.getHomePage() : "/login.xhtml"));
    }
}
