package it.cuffia.web.admin;

import it.cuffia.contact.application.DeskCodes;
import it.cuffia.contact.domain.Disposition;
import it.cuffia.contact.domain.PauseCode;
import it.cuffia.contact.domain.WrapUpPolicy;
import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Admins keep a client's lists for the agent's desktop (issue 15): pause reasons with their paid and productive
 * flags, the outcomes of inbound calls, and the wrap-up rules (outcome and notes required, longest wrap-up).
 */
@Named
@ViewScoped
public class DeskCodesView implements Serializable {

    @Inject
    private DeskCodes desk;

    @Inject
    private ClientService clientService;

    private List<Client> clients;
    private Long clientId;
    private List<PauseCode> pauseCodes = List.of();
    private List<Disposition> dispositions = List.of();

    /** The entry in the dialog: a pause code ({@code pause} true) or a disposition; null id for a new one. */
    private boolean pause;
    private Long editingId;
    private String code;
    private String labelIt;
    private String labelEn;
    private boolean paid = true;
    private boolean productive;
    private boolean active = true;

    private boolean outcomeRequired;
    private boolean notesRequired;
    private Integer maxSeconds;

    @PostConstruct
    void init() {
        clients = clientService.choosable();
        if (!clients.isEmpty()) {
            clientId = clients.get(0).getId();
            load();
        }
    }

    public void load() {
        pauseCodes = clientId == null ? List.of() : desk.pauseCodesOf(clientId);
        dispositions = clientId == null ? List.of() : desk.dispositionsOf(clientId);
        WrapUpPolicy policy = clientId == null ? WrapUpPolicy.none() : desk.policyOf(clientId);
        outcomeRequired = policy.isOutcomeRequired();
        notesRequired = policy.isNotesRequired();
        maxSeconds = policy.getMaxSeconds();
    }

    public void createPauseCode() {
        clear(true);
    }

    public void createDisposition() {
        clear(false);
    }

    public void editPauseCode(PauseCode row) {
        fill(true, row.getId(), row.getCode(), row.getLabelIt(), row.getLabelEn(), row.isActive());
        paid = row.isPaid();
        productive = row.isProductive();
    }

    public void editDisposition(Disposition row) {
        fill(false, row.getId(), row.getCode(), row.getLabelIt(), row.getLabelEn(), row.isActive());
    }

    public void save() {
        String saved = pause
                ? desk.savePauseCode(editingId, clientId, code, labelIt, labelEn, paid, productive, active).getLabelIt()
                : desk.saveDisposition(editingId, clientId, code, labelIt, labelEn, active).getLabelIt();
        Messages.info("desk.saved", saved);
        load();
    }

    public void savePolicy() {
        desk.savePolicy(clientId, outcomeRequired, notesRequired, maxSeconds);
        Messages.info("wrapUp.saved");
        load();
    }

    private void clear(boolean pauseCode) {
        fill(pauseCode, null, null, null, null, true);
        paid = true;
        productive = false;
    }

    private void fill(boolean pauseCode, Long id, String code, String labelIt, String labelEn, boolean active) {
        this.pause = pauseCode;
        this.editingId = id;
        this.code = code;
        this.labelIt = labelIt;
        this.labelEn = labelEn;
        this.active = active;
    }

    public List<Client> getClients() { return clients; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public List<PauseCode> getPauseCodes() { return pauseCodes; }
    public List<Disposition> getDispositions() { return dispositions; }
    public boolean isPause() { return pause; }
    public Long getEditingId() { return editingId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabelIt() { return labelIt; }
    public void setLabelIt(String labelIt) { this.labelIt = labelIt; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public boolean isPaid() { return paid; }
    public void setPaid(boolean paid) { this.paid = paid; }
    public boolean isProductive() { return productive; }
    public void setProductive(boolean productive) { this.productive = productive; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isOutcomeRequired() { return outcomeRequired; }
    public void setOutcomeRequired(boolean outcomeRequired) { this.outcomeRequired = outcomeRequired; }
    public boolean isNotesRequired() { return notesRequired; }
    public void setNotesRequired(boolean notesRequired) { this.notesRequired = notesRequired; }
    public Integer getMaxSeconds() { return maxSeconds; }
    public void setMaxSeconds(Integer maxSeconds) { this.maxSeconds = maxSeconds; }
}
