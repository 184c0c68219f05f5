package it.cuffia.channels.application;

import it.cuffia.appointments.application.Mailer;
import it.cuffia.channels.domain.AutoReplyPolicy;
import it.cuffia.channels.domain.ChannelTexts;
import it.cuffia.channels.domain.FaxNumber;
import it.cuffia.channels.domain.InboundMail;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.MailText;
import it.cuffia.channels.domain.ParsedMail;
import it.cuffia.channels.domain.ReplyRule;
import it.cuffia.channels.domain.TicketReference;
import it.cuffia.channels.infrastructure.FaxPreview;
import it.cuffia.channels.infrastructure.MimeReader;
import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.AttachmentPolicy;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one fetched message into what it is for: a new ticket, an answer in its ticket's timeline, a
 * delivery report on the ticket whose mail bounced. Each message in its own transaction; one whose
 * Message-ID this client has seen is a duplicate and changes nothing. Used by the poller only: there is
 * no caller, the mailbox's client scopes everything.
 */
@Stateless
public class MailIngestion {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MailIngestion.class.getName());

    /** The suite's name in a ticket's timeline for what a channel did by itself, when no address is known. */
    private static final String SYSTEM = "mail";

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private TicketService tickets;

    @Inject
    private RoutingService routing;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    /** What became of a message. */
    public enum Result { TICKET, THREADED, DUPLICATE, FAILED, BOUNCE }

    /** After how long a closed ticket's answer opens a follow-up instead of joining it (days; default 0: always a follow-up). */
    static Duration followUpAfter() {
        return Duration.ofDays(Long.getLong("cuffia.mail.followUpAfterDays", 0));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result ingest(Long mailboxId, byte[] raw) {
        Mailbox mailbox = em.find(Mailbox.class, mailboxId);
        Long clientId = mailbox.getClient().getId();
        if (known(clientId, MimeReader.messageIdOf(raw))) {
            return Result.DUPLICATE;
        }
        ParsedMail mail;
        try {
            mail = MimeReader.read(raw);
        } catch (MimeReader.Unreadable e) {
            keep(mailbox, raw, e.getMessage());
            return Result.FAILED;
        }
        Instant now = clock.instant();
        ChannelTexts texts = ChannelTexts.in(mailbox.getAckLanguage());
        String by = by(mail);

        if (!mailbox.isFaxGateway() && AutoReplyPolicy.isBounce(mail)) {
            Optional<Ticket> bounced = TicketReference.in(mail.reportedText()).or(() -> TicketReference.in(mail.subject()))
                    .flatMap(id -> tickets.ofClient(clientId, id));
            bounced.ifPresent(ticket -> {
                tickets.channelRemark(clientId, ticket, MailText.fit(texts.say("bounce", MailText.oneLine(mail.subject()))
                        + "\n\n" + mail.text(), 4000, texts.say("text.shortened")), true, by);
                attach(clientId, ticket, mail, texts, by);
            });
            em.persist(InboundMail.handled(mailbox, mail, now, raw, InboundMail.Outcome.BOUNCE, bounced.orElse(null), InboundMail.Ack.AUTOMATED));
            return Result.BOUNCE;
        }

        Ticket followed = null;
        Optional<Ticket> answered = mailbox.isFaxGateway() ? Optional.empty() : answered(clientId, mail);
        if (answered.isPresent()) {
            Ticket ticket = answered.get();
            ReplyRule.Action action = ReplyRule.decide(ticket.getState(), ticket.getClosedAt(), now, followUpAfter());
            if (action != ReplyRule.Action.FOLLOW_UP) {
                String note = texts.say("note.email", mail.fromAddress(), subjectOf(mail, texts)) + "\n\n" + mail.text();
                tickets.customerWrote(clientId, ticket, MailText.fit(note, 4000, texts.say("text.shortened")),
                        action == ReplyRule.Action.REOPEN ? texts.say("reopen") : null, by);
                attach(clientId, ticket, mail, texts, by);
                em.persist(InboundMail.handled(mailbox, mail, now, raw,
                        action == ReplyRule.Action.REOPEN ? InboundMail.Outcome.REOPENED : InboundMail.Outcome.THREADED,
                        ticket, InboundMail.Ack.NOT_NEEDED));
                return Result.THREADED;
            }
            followed = ticket;
        }

        Channel channel = mailbox.isFaxGateway() ? Channel.FAX : Channel.EMAIL;
        Optional<PhoneNumber> faxNumber = mailbox.isFaxGateway() ? FaxNumber.of(mail.subject(), mail.fromAddress()) : Optional.empty();
        Customer customer = mailbox.isFaxGateway() ? faxSender(mailbox, faxNumber, mail) : mailSender(mailbox, mail);
        String subject = mailbox.isFaxGateway()
                ? faxNumber.map(n -> texts.say("subject.fax", n.international())).orElse(texts.say("subject.faxUnknown"))
                : subjectOf(mail, texts);
        String description = followed == null ? mail.text() : texts.say("followUp", followed.getId()) + "\n\n" + mail.text();
        Ticket ticket = routing.openRouted(customer, channel, mailbox.getAddress(), MailText.fit(subject, 200, "…").replace("\n", " "),
                MailText.fit(description, 4000, texts.say("text.shortened")), TicketCategory.CUSTOMER_SERVICE, by);
        attach(clientId, ticket, mail, texts, by);
        if (mailbox.isFaxGateway()) {
            preview(clientId, ticket, mail, texts, by);
        }

        InboundMail.Ack ack = mailbox.isFaxGateway() ? InboundMail.Ack.NOT_NEEDED
                : AutoReplyPolicy.decide(mail, ownAddresses(), acksInLastHour(mail.fromAddress(), now));
        if (ack == InboundMail.Ack.SENT) {
            String reference = TicketReference.of(ticket.getId());
            mailer.queueAutoReply(mail.fromAddress(), TicketReference.tag(texts.say("ack.subject", subjectOf(mail, texts)), ticket.getId()),
                    texts.acknowledgement(mailbox.ackTemplate(), reference, subjectOf(mail, texts), mail.fromName()),
                    mailbox.getAddress());
        }
        em.persist(InboundMail.handled(mailbox, mail, now, raw,
                followed == null ? InboundMail.Outcome.TICKET : InboundMail.Outcome.FOLLOW_UP, ticket, ack));
        return Result.TICKET;
    }

    /**
     * A message that could not become a ticket (unreadable, or refused on the way): kept whole with the reason,
     * for an admin to read. In a transaction of its own, after the one that failed was rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result keepFailed(Long mailboxId, byte[] raw, String reason) {
        Mailbox mailbox = em.find(Mailbox.class, mailboxId);
        if (known(mailbox.getClient().getId(), MimeReader.messageIdOf(raw))) {
            return Result.DUPLICATE;
        }
        keep(mailbox, raw, reason);
        return Result.FAILED;
    }

    private void keep(Mailbox mailbox, byte[] raw, String reason) {
        String[] fromAndSubject = MimeReader.fromAndSubject(raw);
        em.persist(InboundMail.failed(mailbox, MimeReader.messageIdOf(raw), fromAndSubject[0], fromAndSubject[1], clock.instant(), raw, reason));
    }

    private boolean known(Long clientId, String messageId) {
        return !em.createNamedQuery(InboundMail.BY_MESSAGE_ID, InboundMail.class)
                .setParameter("client", clientId).setParameter("ids", List.of(messageId)).getResultList().isEmpty();
    }

    /** The ticket a message answers: named in its subject ("[#123]"), or the ticket of a message it replies to. */
    private Optional<Ticket> answered(Long clientId, ParsedMail mail) {
        Optional<Ticket> named = TicketReference.in(mail.subject()).flatMap(id -> tickets.ofClient(clientId, id));
        if (named.isPresent() || mail.inReplyTo().isEmpty()) {
            return named;
        }
        // the customer's earlier mails and the staff's answers: the one named first in In-Reply-To/References wins
        record Known(String messageId, Long ticketId) {
        }
        List<Known> known = new java.util.ArrayList<>();
        em.createNamedQuery(InboundMail.BY_MESSAGE_ID, InboundMail.class)
                .setParameter("client", clientId).setParameter("ids", mail.inReplyTo()).getResultList().stream()
                .filter(m -> m.getTicket() != null).forEach(m -> known.add(new Known(m.getMessageId(), m.getTicket().getId())));
        em.createQuery("select m.messageId, m.ticketId from MailMessage m where m.messageId in :ids and m.ticketId is not null", Object[].class)
                .setParameter("ids", mail.inReplyTo()).getResultList()
                .forEach(row -> known.add(new Known((String) row[0], (Long) row[1])));
        return known.stream().min(java.util.Comparator.comparingInt(k -> mail.inReplyTo().indexOf(k.messageId())))
                .flatMap(k -> tickets.ofClient(clientId, k.ticketId()));
    }

    /** Each file through the rules of an upload; one refused is said in the timeline (the message is kept whole anyway). */
    private void attach(Long clientId, Ticket ticket, ParsedMail mail, ChannelTexts texts, String by) {
        for (ParsedMail.Part part : mail.attachments()) {
            String name = MailText.oneLine(part.fileName());
            name = name == null || name.isBlank() ? "allegato" : MailText.fit(name, AttachmentPolicy.MAX_NAME, "");
            try {
                AttachmentPolicy.check(name, part.contentType(), part.content());
            } catch (DomainException refused) {
                tickets.channelRemark(clientId, ticket, texts.say("attachment.refused", name, texts.reason(refused)), false, by);
                continue;
            }
            tickets.attachFromChannel(clientId, ticket, name, part.contentType(), part.content(), by);
        }
    }

    /** A fax's first pages as PNG files on its ticket, which shows them; a document that cannot be rendered is said in the timeline. */
    private void preview(Long clientId, Ticket ticket, ParsedMail mail, ChannelTexts texts, String by) {
        for (ParsedMail.Part part : mail.attachments()) {
            String type = AttachmentPolicy.detect(part.content());
            if (!FaxPreview.canPreview(type) || !AttachmentPolicy.matches(part.contentType(), type)) {
                continue;
            }
            String name = MailText.fit(MailText.oneLine(part.fileName()) == null ? "fax" : MailText.oneLine(part.fileName()), 150, "");
            try {
                List<byte[]> pages = FaxPreview.pages(type, part.content());
                for (int i = 0; i < pages.size(); i++) {
                    tickets.attachFromChannel(clientId, ticket, it.cuffia.channels.domain.FaxPages.name(i + 1, name), "image/png", pages.get(i), by);
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                if (unreadable instanceof DomainException refused) {
                    throw refused;
                }
                // the agent reads why in their words; the technical cause is for the operator's log
                LOG.warning(() -> "no preview of fax document " + name + " on ticket " + ticket.getId() + ": " + unreadable);
                tickets.channelRemark(clientId, ticket, texts.say("preview.failed", name, texts.getString("refusal.unreadable")), false, by);
            }
        }
    }

    private Customer mailSender(Mailbox mailbox, ParsedMail mail) {
        String from = mail.fromAddress();
        if (from != null) {
            Optional<Customer> known = em.createQuery("select c from Customer c where c.client = :client and c.email = :email order by c.id",
                    Customer.class).setParameter("client", mailbox.getClient()).setParameter("email", from).setMaxResults(1)
                    .getResultStream().findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        String name = MailText.oneLine(mail.fromName());
        String first;
        String last;
        if (name != null && name.contains(" ")) {
            first = name.substring(0, name.lastIndexOf(' '));
            last = name.substring(name.lastIndexOf(' ') + 1);
        } else if (name != null && !name.isBlank()) {
            first = ChannelTexts.in(mailbox.getAckLanguage()).say("name.email");
            last = name;
        } else {
            first = ChannelTexts.in(mailbox.getAckLanguage()).say("name.email");
            last = from == null ? "?" : from;
        }
        Customer customer = new Customer(mailbox.getClient(), MailText.fit(first, 80, ""), MailText.fit(last, 80, ""));
        if (from != null && from.length() <= 160) {
            customer.setEmail(from);
        }
        em.persist(customer);
        return customer;
    }

    private Customer faxSender(Mailbox mailbox, Optional<PhoneNumber> number, ParsedMail mail) {
        if (number.isPresent()) {
            Optional<Customer> known = em.createQuery("select p.customer from CustomerPhone p where p.number = :n and p.customer.client = :client "
                    + "order by p.customer.id", Customer.class).setParameter("n", number.get().e164())
                    .setParameter("client", mailbox.getClient()).setMaxResults(1).getResultStream().findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        ChannelTexts texts = ChannelTexts.in(mailbox.getAckLanguage());
        Customer customer = new Customer(mailbox.getClient(), texts.say("name.fax"),
                number.map(PhoneNumber::international).orElse(mail.fromAddress() == null ? "?" : MailText.fit(mail.fromAddress(), 80, "")));
        number.ifPresent(customer::addPhone);
        em.persist(customer);
        return customer;
    }

    private static String subjectOf(ParsedMail mail, ChannelTexts texts) {
        String subject = MailText.oneLine(mail.subject());
        return subject == null || subject.isBlank() ? texts.say("subject.none") : subject;
    }

    /** Who did it, in a ticket's timeline: the sender's address (cut to the column), or the channel. */
    private static String by(ParsedMail mail) {
        return mail.fromAddress() == null ? SYSTEM : MailText.fit(mail.fromAddress(), 60, "");
    }

    private Set<String> ownAddresses() {
        return new HashSet<>(em.createNamedQuery(Mailbox.ADDRESSES, String.class).getResultList());
    }

    private long acksInLastHour(String from, Instant now) {
        if (from == null) {
            return 0;
        }
        return em.createNamedQuery(InboundMail.ACKS_SINCE, Long.class).setParameter("from", from).setParameter("ack", InboundMail.Ack.SENT)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
    }
}
