package it.cuffia.web.channels;

import it.cuffia.channels.application.WebFormService;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** Admins turn the clients' public web forms on and off, give them a new address, and copy the snippet to embed them. */
@Named
@ViewScoped
public class WebFormsView implements Serializable {

    @Inject
    private WebFormService forms;

    private List<WebFormService.ClientForm> rows;
    private String site;

    @PostConstruct
    void init() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String port = request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort();
        site = request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
        rows = forms.forms();
    }

    public void enable(WebFormService.ClientForm row) {
        forms.enable(row.getClientId());
        rows = forms.forms();
        Messages.info("webforms.enabled", row.getClientName());
    }

    public void disable(WebFormService.ClientForm row) {
        forms.disable(row.getClientId());
        rows = forms.forms();
        Messages.info("webforms.disabled", row.getClientName());
    }

    public void renewKey(WebFormService.ClientForm row) {
        forms.renewKey(row.getClientId());
        rows = forms.forms();
        Messages.info("webforms.renewed", row.getClientName());
    }

    /** The form's public address (Italian; {@code &lang=en} for English). */
    public String address(WebFormService.ClientForm row) {
        return row.getForm() == null ? "" : site + "/form.xhtml?k=" + row.getForm().getFormKey();
    }

    /** What the client pastes in a page of their site to show the form there. */
    public String snippet(WebFormService.ClientForm row) {
        return row.getForm() == null ? "" : "<iframe src=\"" + address(row) + "\" title=\"" + row.getClientName().replace("\"", "&quot;")
                + "\" style=\"width:100%;min-height:1100px;border:0\" loading=\"lazy\"></iframe>";
    }

    public List<WebFormService.ClientForm> getRows() { return rows; }
}
