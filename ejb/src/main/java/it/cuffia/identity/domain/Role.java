package it.cuffia.identity.domain;

/** The four kinds of people using the suite; each has its own area of the consoles. */
public enum Role {
    AGENT("/agent/index.xhtml"),
    SUPERVISOR("/supervisor/index.xhtml"),
    SALES("/sales/index.xhtml"),
    ADMIN("/admin/index.xhtml");

    private final String homePage;

    Role(String homePage) {
        this.homePage = homePage;
    }

    public String homePage() {
        return homePage;
    }
}
