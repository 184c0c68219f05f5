package it.cuffia.web.admin;

import it.cuffia.identity.application.SecurityAudit;
import it.cuffia.identity.domain.SecurityEvent;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The security audit log for admins: newest first, by kind and by a search over accounts and details. */
@Named
@ViewScoped
public class SecurityEventsView implements Serializable {

    @Inject
    private SecurityAudit audit;

    private ServiceLazyModel<SecurityEvent> model;
    private SecurityEventKind kind;
    private String search;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(audit::page).withDefaultSort("occurredAt", false);
    }

    public void filter() {
        model.withFilter("kind", kind == null ? null : kind.name()).withFilter("q", search);
    }

    public SecurityEventKind[] getKinds() { return SecurityEventKind.values(); }
    public ServiceLazyModel<SecurityEvent> getModel() { return model; }
    public SecurityEventKind getKind() { return kind; }
    public void setKind(SecurityEventKind kind) { this.kind = kind; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
