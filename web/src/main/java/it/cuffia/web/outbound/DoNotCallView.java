package it.cuffia.web.outbound;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.application.DoNotCallService;
import it.cuffia.outbound.domain.DoNotCallEntry;
import it.cuffia.outbound.domain.RpoResultFile;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** The do-not-call list (per client and global) and the import of the RPO's check results. */
@Named
@ViewScoped
public class DoNotCallView implements Serializable {

    @Inject
    private DoNotCallService doNotCall;
    @Inject
    private ClientService clients;

    private ServiceLazyModel<DoNotCallEntry> model;
    private Long clientId;
    private String number;
    private String reason;
    private RpoResultFile.Report rpoReport;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(doNotCall::page);
    }

    public void add() {
        DoNotCallEntry entry = doNotCall.add(clientId, number, reason);
        Messages.info("dnc.added", entry.getNumber());
        number = null;
        reason = null;
    }

    public void remove(DoNotCallEntry entry) {
        doNotCall.remove(entry.getId());
        Messages.info("deleted");
    }

    public void uploadRpo(FileUploadEvent event) {
        rpoReport = doNotCall.importRpo(event.getFile().getContent());
        Messages.info("rpo.imported", rpoReport.stored(), rpoReport.rejected().size());
    }

    public List<Client> getClientChoices() { return clients.choosable(); }
    public ServiceLazyModel<DoNotCallEntry> getModel() { return model; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public RpoResultFile.Report getRpoReport() { return rpoReport; }
}
