package it.cuffia.web.satisfaction;

import it.cuffia.satisfaction.application.SatisfactionSettingsService;
import it.cuffia.satisfaction.application.SatisfactionSettingsService.ClientSurveys;
import it.cuffia.satisfaction.domain.SatisfactionSettings;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** Admins set each client's customer-satisfaction surveys (issue 16 §2) and see how the last 30 days went. */
@Named
@ViewScoped
public class SatisfactionSettingsView implements Serializable {

    @Inject
    private SatisfactionSettingsService settings;

    private String site;
    private List<ClientSurveys> rows;

    private Long clientId;
    private String clientName;
    private Long version;
    private boolean afterTickets;
    private boolean afterCalls;
    private Integer delayMinutes;
    private Integer validDays;
    private Integer quietDays;
    private String linkBase;
    private String subjectIt;
    private String bodyIt;
    private String subjectEn;
    private String bodyEn;

    @PostConstruct
    void init() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String port = request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort();
        site = request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
        load();
    }

    private void load() {
        rows = settings.clients(site);
    }

    public void edit(ClientSurveys row) {
        SatisfactionSettings.Data data = row.data();
        clientId = row.clientId();
        clientName = row.clientName();
        version = row.version();
        afterTickets = data.afterTickets();
        afterCalls = data.afterCalls();
        delayMinutes = data.delayMinutes();
        validDays = data.validDays();
        quietDays = data.quietDays();
        linkBase = data.linkBase();
        subjectIt = data.subjectIt();
        bodyIt = data.bodyIt();
        subjectEn = data.subjectEn();
        bodyEn = data.bodyEn();
    }

    public void save() {
        settings.save(clientId, version, new SatisfactionSettings.Data(afterTickets, afterCalls, delayMinutes, validDays, quietDays,
                linkBase, subjectIt, bodyIt, subjectEn, bodyEn));
        Messages.info("csat.settings.saved", clientName);
        load();
    }

    /** "After resolved tickets and calls", "Off", … */
    public String state(ClientSurveys row) {
        SatisfactionSettings.Data d = row.data();
        if (row.version() == null || !d.afterTickets() && !d.afterCalls()) {
            return Messages.text("csat.settings.state.off");
        }
        return Messages.text(d.afterTickets() && d.afterCalls() ? "csat.settings.state.both"
                : d.afterTickets() ? "csat.settings.state.tickets" : "csat.settings.state.calls");
    }

    public List<ClientSurveys> getRows() { return rows; }
    public String getClientName() { return clientName; }
    public boolean isAfterTickets() { return afterTickets; }
    public void setAfterTickets(boolean afterTickets) { this.afterTickets = afterTickets; }
    public boolean isAfterCalls() { return afterCalls; }
    public void setAfterCalls(boolean afterCalls) { this.afterCalls = afterCalls; }
    public Integer getDelayMinutes() { return delayMinutes; }
    public void setDelayMinutes(Integer delayMinutes) { this.delayMinutes = delayMinutes; }
    public Integer getValidDays() { return validDays; }
    public void setValidDays(Integer validDays) { this.validDays = validDays; }
    public Integer getQuietDays() { return quietDays; }
    public void setQuietDays(Integer quietDays) { this.quietDays = quietDays; }
    public String getLinkBase() { return linkBase; }
    public void setLinkBase(String linkBase) { this.linkBase = linkBase; }
    public String getSubjectIt() { return subjectIt; }
    public void setSubjectIt(String subjectIt) { this.subjectIt = subjectIt; }
    public String getBodyIt() { return bodyIt; }
    public void setBodyIt(String bodyIt) { this.bodyIt = bodyIt; }
    public String getSubjectEn() { return subjectEn; }
    public void setSubjectEn(String subjectEn) { this.subjectEn = subjectEn; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
}
