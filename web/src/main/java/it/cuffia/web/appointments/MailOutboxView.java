package it.cuffia.web.appointments;

import it.cuffia.appointments.application.Mailer;
import it.cuffia.appointments.domain.MailMessage;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Admins read the mail the suite sent (or, in demo mode, kept instead of sending). */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    @Inject
    private Mailer mailer;

    private ServiceLazyModel<MailMessage> model;
    private MailMessage selected;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(mailer::outbox);
    }

    public ServiceLazyModel<MailMessage> getModel() { return model; }
    public MailMessage getSelected() { return selected; }
    public void setSelected(MailMessage selected) { this.selected = selected; }
}
