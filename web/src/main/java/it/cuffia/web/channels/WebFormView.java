package it.cuffia.web.channels;

import it.cuffia.channels.application.WebFormService;
import it.cuffia.channels.domain.WebFormEntry;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.ticketing.domain.AttachmentPolicy;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client's public web form ({@code /form.xhtml?k=KEY&lang=en}): no login, no session. The view is stateless
 * and the form carries what it needs (key, language, signed stamp), so it also works framed in the client's site,
 * where the browser sends no cookie of ours. Unknown or disabled keys answer 404.
 */
@Named
@RequestScoped
public class WebFormView {

    /** The hidden field a person never sees (its name is a bait: bots fill in "website"). */
    public static final String HONEYPOT = "website";

    @Inject
    private WebFormService forms;

    private String key;
    private Locale locale;
    private WebFormService.PublicForm form;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private TicketCategory category;
    private String subject;
    private String message;
    private boolean privacyAccepted;
    private List<Part> files;
    private String stamp;

    private Long ticketNumber;
    private boolean refused;

    @PostConstruct
    void read() {
        HttpServletRequest request = request();
        key = request.getParameter("k");
        locale = it.cuffia.web.security.UserSession.visitorLocale(jakarta.faces.context.FacesContext.getCurrentInstance(),
                request.getParameter("lang"));
    }

    /** Opening the page: a form served now, or 404. */
    public void serve() throws IOException {
        if (load()) {
            stamp = form.stamp();
        }
    }

    public void submit() throws IOException {
        if (!load()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            WebFormEntry entry = new WebFormEntry(firstName, lastName, email, phone, category, subject, message,
                    privacyAccepted, locale.getLanguage(), files());
            WebFormService.Result result = forms.submit(key, entry, request().getParameter(HONEYPOT), stamp,
                    request().getRemoteAddr());
            if (result.accepted()) {
                ticketNumber = result.ticketNumber();
            } else {
                // the same words whatever the reason: a bot learns nothing; a person tries again on a fresh form
                refused = true;
                stamp = forms.serve(key).stamp();
            }
        } catch (NotFoundException closedMeanwhile) {
            notFound();
        } catch (DomainException bad) {
            // nothing was stored; the form stays as typed, with its stamp, so the person corrects and sends it
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale, bad.getMessageKey(), bad.getArguments()), null));
            faces.validationFailed();
        }
    }

    private boolean load() throws IOException {
        try {
            form = forms.serve(key);
            return true;
        } catch (NotFoundException unknownOrDisabled) {
            notFound();
            return false;
        }
    }

    private void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    private List<WebFormEntry.File> files() {
        List<WebFormEntry.File> read = new ArrayList<>();
        for (Part part : files == null ? List.<Part>of() : files) {
            String name = part.getSubmittedFileName();
            if (name == null || name.isBlank() || part.getSize() == 0) {
                continue; // the file field left empty
            }
            try (InputStream in = part.getInputStream()) {
                read.add(new WebFormEntry.File(name, part.getContentType(), AttachmentPolicy.read(name, in)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("reading the uploaded file " + name, e);
            }
        }
        return read;
    }

    private static HttpServletRequest request() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpServletRequest) external.getRequest();
    }

    /** The address of this form in the other language. */
    public String languageLink(String language) {
        return request().getContextPath() + "/form.xhtml?k=" + java.net.URLEncoder.encode(key == null ? "" : key,
                java.nio.charset.StandardCharsets.UTF_8) + "&lang=" + language;
    }

    public TicketCategory[] getCategories() { return TicketCategory.values(); }
    public String getKey() { return key; }
    public Locale getLocale() { return locale; }
    public String getLanguage() { return locale.getLanguage(); }
    public String getClientName() { return form == null ? "" : form.clientName(); }
    public String getHoneypotName() { return HONEYPOT; }
    public Long getTicketNumber() { return ticketNumber; }
    public boolean isRefused() { return refused; }
    public String getSentTo() { return email == null ? "" : email.trim().toLowerCase(Locale.ROOT); }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public TicketCategory getCategory() { return category; }
    public void setCategory(TicketCategory category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isPrivacyAccepted() { return privacyAccepted; }
    public void setPrivacyAccepted(boolean privacyAccepted) { this.privacyAccepted = privacyAccepted; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public String getStamp() { return stamp; }
    public void setStamp(String stamp) { this.stamp = stamp; }
}
