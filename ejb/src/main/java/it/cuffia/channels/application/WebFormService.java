package it.cuffia.channels.application;

import it.cuffia.appointments.application.Mailer;
import it.cuffia.channels.domain.WebForm;
import it.cuffia.channels.domain.WebFormConfirmation;
import it.cuffia.channels.domain.WebFormEntry;
import it.cuffia.channels.domain.WebFormGuard;
import it.cuffia.channels.domain.WebFormOutcome;
import it.cuffia.channels.domain.WebFormSubmission;
import it.cuffia.channels.domain.FormStamp;
import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.CustomerChange;
import it.cuffia.crm.domain.CustomerSnapshot;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketAttachment;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The clients' public web forms: people write without an account, and a WEB ticket opens for the form's client
 * (the customer matched by e-mail or phone within that client, or created), the sender told its number on the
 * page and by mail. Submitting needs no login; managing the forms is for admins.
 */
@Stateless
public class WebFormService {

    /** Who the timeline and the customer history name for what the web form did. */
    public static final String BY = "web-form";

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private TicketService tickets;

    @Inject
    private Mailer mailer;

    @Inject
    private RoutingService routing;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** A form as its public page shows it: whose it is and the stamp of this serving. */
    public record PublicForm(String key, String clientName, String stamp) implements Serializable {
    }

    /** The answer to a submission: the ticket's number, or a refusal (told to the sender in neutral words). */
    public record Result(WebFormOutcome outcome, Long ticketNumber) implements Serializable {
        public boolean accepted() {
            return outcome.isAccepted();
        }
    }

    /** A client and its form (none yet: {@code form} is null), for the admins' page. Getters: the page reads it through EL. */
    public static final class ClientForm implements Serializable {
        private final Long clientId;
        private final String clientName;
        private final boolean clientActive;
        private final WebForm form;

        public ClientForm(Long clientId, String clientName, boolean clientActive, WebForm form) {
            this.clientId = clientId;
            this.clientName = clientName;
            this.clientActive = clientActive;
            this.form = form;
        }

        public Long getClientId() { return clientId; }
        public String getClientName() { return clientName; }
        public boolean isClientActive() { return clientActive; }
        public WebForm getForm() { return form; }
    }

    /** The open form with this key, served now; an unknown, disabled or renewed key is not found. */
    public PublicForm serve(String key) {
        WebForm form = openForm(key);
        return new PublicForm(form.getFormKey(), form.getClient().getName(), form.stamp(clock.instant()));
    }

    /**
     * A person sends the form. Bad input is refused with the rule it breaks and nothing is stored; a bot-like
     * submission or one over the rate limits is recorded with its reason and opens no ticket.
     */
    public Result submit(String key, WebFormEntry typed, String honeypot, String stamp, String remoteAddress) {
        WebForm form = openForm(key);
        WebFormEntry entry = typed.checked();
        // one submission of a form at a time: a double click's second send finds the first one's stamp (it broke the
        // stamp's unique constraint, an error page) and the rate counts see each other
        em.lock(form, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (em.createNamedQuery(WebFormSubmission.STAMP_USED, Long.class).setParameter("hash", FormStamp.hashOf(stamp))
                .getSingleResult() > 0) {
            return new Result(WebFormOutcome.REPLAYED, null); // recorded already, under its first outcome
        }
        Instant since = WebFormGuard.windowStart(now);
        Optional<WebFormOutcome> refusal = WebFormGuard.botCheck(honeypot, form.stampedAt(stamp), now)
                .or(() -> WebFormGuard.rateCheck(
                        em.createNamedQuery(WebFormSubmission.BY_EMAIL_SINCE, Long.class)
                                .setParameter("email", entry.email()).setParameter("since", since).getSingleResult(),
                        em.createNamedQuery(WebFormSubmission.BY_ADDRESS_SINCE, Long.class)
                                .setParameter("address", remoteAddress).setParameter("since", since).getSingleResult()));
        if (refusal.isPresent()) {
            em.persist(WebFormSubmission.refused(form, entry, remoteAddress, stamp, now, refusal.get()));
            return new Result(refusal.get(), null);
        }
        Customer customer = customerOf(form.getClient(), entry, now);
        Ticket ticket = routing.openRouted(customer, Channel.WEB, null, entry.subject(), entry.message(), entry.category(), BY);
        for (WebFormEntry.File file : entry.files()) {
            TicketAttachment attachment = ticket.attach(file.name(), file.contentType(), file.content(), BY, now);
            em.persist(attachment);
        }
        em.persist(WebFormSubmission.accepted(form, entry, remoteAddress, stamp, now, ticket));
        WebFormConfirmation mail = WebFormConfirmation.of(entry, form.getClient().getName(), ticket.getId());
        mailer.queue(entry.email(), mail.subject(), mail.body(), null);
        em.flush();
        return new Result(WebFormOutcome.ACCEPTED, ticket.getId());
    }

    /** Every client with its form, if it has one (admins). */
    public List<ClientForm> forms() {
        callers.caller().require(Role.ADMIN);
        List<Client> clients = em.createQuery("select c from Client c order by c.name", Client.class).getResultList();
        List<WebForm> forms = em.createQuery("select f from WebForm f", WebForm.class).getResultList();
        return clients.stream().map(c -> new ClientForm(c.getId(), c.getName(), c.isActive(),
                forms.stream().filter(f -> f.getClient().equals(c)).findFirst().orElse(null))).toList();
    }

    /** Turns the client's form on, creating it (with its key) the first time. */
    public WebForm enable(Long clientId) {
        callers.caller().require(Role.ADMIN);
        Optional<WebForm> existing = formOf(clientId);
        if (existing.isPresent()) {
            existing.get().enable();
            return existing.get();
        }
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        WebForm form = new WebForm(client, clock.instant());
        em.persist(form);
        return form;
    }

    public WebForm disable(Long clientId) {
        callers.caller().require(Role.ADMIN);
        WebForm form = formOf(clientId).orElseThrow(() -> new NotFoundException("webForm", clientId));
        form.disable();
        return form;
    }

    /** A new address for the client's form: the old one answers "not found" from now on. */
    public WebForm renewKey(Long clientId) {
        callers.caller().require(Role.ADMIN);
        WebForm form = formOf(clientId).orElseThrow(() -> new NotFoundException("webForm", clientId));
        form.renewKey();
        return form;
    }

    private Optional<WebForm> formOf(Long clientId) {
        return em.createNamedQuery(WebForm.OF_CLIENT, WebForm.class).setParameter("client", clientId).getResultStream().findFirst();
    }

    private WebForm openForm(String key) {
        Optional<WebForm> form = key == null || key.isBlank() || key.length() > 43 ? Optional.empty()
                : em.createNamedQuery(WebForm.BY_KEY, WebForm.class).setParameter("key", key).getResultStream().findFirst();
        return form.filter(WebForm::isOpen).orElseThrow(() -> new NotFoundException("webForm", "?"));
    }

    /**
     * The client's customer with this e-mail address, else a new one. A customer found keeps their data as it is: a
     * stranger typing someone's address changes nobody's record, and the replies go to that address, its owner's. A
     * phone number is never enough: typed by a stranger, it would file their request under another person, whose
     * address the agent's reply would then go to.
     */
    private Customer customerOf(Client client, WebFormEntry entry, Instant now) {
        Optional<Customer> byEmail = em.createQuery("select c from Customer c where c.client = :client and c.email = :email"
                        + " order by c.id", Customer.class)
                .setParameter("client", client).setParameter("email", entry.email()).setMaxResults(1).getResultStream().findFirst();
        if (byEmail.isPresent()) {
            return byEmail.get();
        }
        Customer customer = new Customer(client, entry.firstName(), entry.lastName());
        customer.setEmail(entry.email());
        entry.phoneNumber().map(PhoneNumber::parse).ifPresent(customer::addPhone);
        em.persist(customer);
        CustomerSnapshot.of(new Customer(client, null, null)).changesTo(CustomerSnapshot.of(customer))
                .forEach(change -> em.persist(new CustomerChange(customer, now, BY, change)));
        return customer;
    }
}
