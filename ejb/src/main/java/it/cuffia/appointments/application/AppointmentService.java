package it.cuffia.appointments.application;

import it.cuffia.appointments.domain.Appointment;
import it.cuffia.appointments.domain.AppointmentStatus;
import it.cuffia.appointments.domain.IcsCalendar;
import it.cuffia.appointments.domain.SalesAgenda;
import it.cuffia.appointments.domain.SlotPlanner;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Appointments booked in calls: the free slots of the client's eligible sales staff, the booking
 * itself (one sales person's agenda is locked while a slot is taken, so of two agents booking the
 * same slot at once exactly one succeeds), the sales person's calendar and outcome, the ICS feed.
 */
@Stateless
public class AppointmentService {

    /** How far ahead the agent is offered slots. */
    public static final int DAYS_AHEAD = 10;
    /** The earliest slot offered: not in the next hour, the sales person must be able to get there. */
    private static final Duration NOTICE = Duration.ofHours(1);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ITALIAN);

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    /** Free slots for the lead's customer with every eligible sales person of the campaign's client, soonest first. */
    public List<SlotOption> slotsFor(Lead lead) {
        Campaign campaign = lead.getCampaign();
        List<SalesAgenda> agendas = eligible(campaign, lead.getCustomer().getAddress().getProvince());
        if (agendas.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, List<SlotPlanner.Busy>> busy = busyOf(agendas, now, now.plus(Duration.ofDays(DAYS_AHEAD + 1)));
        SlotPlanner planner = planner(campaign);
        LocalDate today = LocalDate.ofInstant(now, Zones.ROME);
        List<SlotOption> options = new ArrayList<>();
        for (SalesAgenda agenda : agendas) {
            AppUser person = agenda.getSalesPerson().getUser();
            planner.freeSlots(agenda, busy.getOrDefault(person.getId(), List.of()), today, DAYS_AHEAD, Zones.ROME, now.plus(NOTICE))
                    .forEach(slot -> options.add(new SlotOption(person.getId(), person.getFullName(), slot.start(), slot.end())));
        }
        options.sort(Comparator.comparing(SlotOption::start).thenComparing(SlotOption::salesName));
        return options;
    }

    /**
     * Books the slot inside the call's transaction. The sales person's agenda row is locked first;
     * then the slot must still be free. The loser of a race gets a clear message and fresh slots.
     */
    public Appointment book(Lead lead, Interaction call, Long salesUserId, Instant start, String notes) {
        // an agent books in their own call: the booking agent is the caller, never an account handed in
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        AppUser agent = em.find(AppUser.class, caller.userId());
        if (call == null || !call.getAgent().equals(agent)) {
            throw new ForbiddenException();
        }
        return take(lead, agent, call, salesUserId, start, notes);
    }

    /** The slot taken for the agent: the booking in a call, or the new slot of a moved appointment. */
    private Appointment take(Lead lead, AppUser agent, Interaction call, Long salesUserId, Instant start, String notes) {
        Campaign campaign = lead.getCampaign();
        SalesAgenda agenda = em.createQuery("select a from SalesAgenda a where a.salesPerson.user.id = :u", SalesAgenda.class)
                .setParameter("u", salesUserId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("salesPerson", salesUserId));
        em.lock(agenda, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(agenda);
        String province = lead.getCustomer().getAddress().getProvince();
        if (!agenda.getSalesPerson().getClient().equals(campaign.getClient()) || !agenda.serves(campaign.getMeetingType(), province)) {
            throw new DomainException("appointment.salesPerson.notEligible");
        }
        Instant now = clock.instant();
        List<SlotPlanner.Busy> busy = busyOf(List.of(agenda), now, start.plus(Duration.ofDays(1))).getOrDefault(salesUserId, List.of());
        LocalDate day = LocalDate.ofInstant(start, Zones.ROME);
        SlotPlanner.Slot slot = planner(campaign).freeSlots(agenda, busy, day, 1, Zones.ROME, now.plus(NOTICE)).stream()
                .filter(s -> s.start().equals(start)).findFirst()
                .orElseThrow(() -> new DomainException("appointment.slot.taken"));
        AppUser sales = agenda.getSalesPerson().getUser();
        Appointment appointment = new Appointment(lead, sales, agent, call, slot, campaign.getMeetingType(), notes, now);
        em.persist(appointment);
        em.flush();
        notifyBooking(appointment);
        return appointment;
    }

    private void notifyBooking(Appointment a) {
        String when = WHEN.format(a.getStartsAt().atZone(Zones.ROME));
        // the customer's mail is Italian; the sales person reads the invitation in their own language
        String ics = IcsCalendar.of(List.of(a), "cuffia", Locale.ITALIAN, clock.instant());
        mailer.queue(a.getCustomer().getEmail(), "Conferma appuntamento: " + when,
                "Gentile " + a.getCustomer().getFullName() + ",\n\nle confermiamo l'appuntamento con "
                        + a.getSalesPerson().getFullName() + " di " + a.getCampaign().getClient().getName() + " per " + when
                        + ".\n\nCordiali saluti\n" + a.getCampaign().getClient().getName(), ics);
        mailer.queue(a.getSalesPerson().getEmail(), "Nuovo appuntamento: " + a.getCustomer().getFullName() + ", " + when,
                "Cliente: " + a.getCustomer().getFullName() + "\nTelefono: " + a.getLead().getPhoneDisplay()
                        + "\nIndirizzo: " + a.getCustomer().getAddress() + "\nCampagna: " + a.getCampaign().getName()
                        + "\nNote dell'operatore: " + (a.getAgentNotes() == null ? "—" : a.getAgentNotes()),
                IcsCalendar.of(List.of(a), "cuffia", a.getSalesPerson(), clock.instant()));
    }

    // --- the sales person ---------------------------------------------------------------------

    /** The calling sales person's own appointments between two instants (the calendar's visible range). */
    public List<Appointment> mine(Instant from, Instant to) {
        Caller caller = sales();
        return em.createQuery("select a from Appointment a join fetch a.customer join fetch a.campaign "
                        + "where a.salesPerson.id = :me and a.startsAt < :to and a.endsAt > :from order by a.startsAt", Appointment.class)
                .setParameter("me", caller.userId()).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** One of the caller's appointments: sales staff see only their own; staff see those of their clients. */
    public Appointment get(Long id) {
        Caller caller = callers.caller();
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null || !caller.scope().allows(appointment.getCampaign().getClient().getId())
                || caller.is(Role.SALES) && !caller.is(Role.ADMIN) && !appointment.getSalesPerson().getId().equals(caller.userId())) {
            throw new NotFoundException("appointment", id);
        }
        return appointment;
    }

    public Appointment conclude(Long id, long version, AppointmentStatus outcome, String reason, Boolean deal, BigDecimal value) {
        Caller caller = callers.caller();
        caller.require(Role.SALES, Role.SUPERVISOR, Role.ADMIN);
        Appointment appointment = get(id);
        if (appointment.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        appointment.conclude(outcome, reason, deal, value == null ? null : Money.entered(value), caller.username(), clock.instant());
        em.flush();
        return appointment;
    }

    /** The calling sales person's agenda (created on first use). */
    public SalesAgenda myAgenda() {
        Caller caller = sales();
        return em.createQuery("select a from SalesAgenda a where a.salesPerson.user.id = :me", SalesAgenda.class)
                .setParameter("me", caller.userId()).getResultStream().findFirst()
                .orElseGet(() -> {
                    SalesAgenda agenda = new SalesAgenda(em.createQuery("select s from SalesPerson s where s.user.id = :me",
                            it.cuffia.identity.domain.SalesPerson.class).setParameter("me", caller.userId()).getSingleResult());
                    em.persist(agenda);
                    return agenda;
                });
    }

    /** The sales person sets their week, the provinces they visit and the meetings they hold. */
    public SalesAgenda saveAgenda(long version, List<it.cuffia.crm.domain.BusinessHours> hours, java.util.Collection<String> provinces,
                                  java.util.Collection<it.cuffia.appointments.domain.MeetingType> types) {
        SalesAgenda agenda = myAgenda();
        if (agenda.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        for (it.cuffia.crm.domain.BusinessHours h : hours) {
            if (h.getOpensAt() == null || h.getClosesAt() == null || !h.getOpensAt().isBefore(h.getClosesAt())) {
                throw new DomainException("agenda.hours.order");
            }
        }
        agenda.replaceHours(hours);
        agenda.cover(provinces);
        agenda.hold(types);
        em.flush();
        return agenda;
    }

    public SalesAgenda addAbsence(java.time.LocalDate from, java.time.LocalDate to, String reason) {
        SalesAgenda agenda = myAgenda();
        agenda.addAbsence(new it.cuffia.appointments.domain.Absence(from, to, reason));
        return agenda;
    }

    public SalesAgenda removeAbsence(java.time.LocalDate from, java.time.LocalDate to, String reason) {
        SalesAgenda agenda = myAgenda();
        agenda.removeAbsence(new it.cuffia.appointments.domain.Absence(from, to, reason));
        return agenda;
    }

    /** A new secret address for the calendar feed, working through the given day or without end; the old one stops working. */
    public SalesAgenda renewFeed(java.time.LocalDate validThrough) {
        SalesAgenda agenda = myAgenda();
        agenda.renewToken(validThrough, java.time.LocalDate.ofInstant(clock.instant(), Zones.ROME));
        return agenda;
    }

    /** The feed behind a secret address: the sales person's appointments of the last 30 and next 180 days. */
    public Optional<String> icsFeed(String token) {
        Optional<SalesAgenda> agenda = em.createQuery("select a from SalesAgenda a where a.icsToken = :t", SalesAgenda.class)
                .setParameter("t", token).getResultStream().findFirst()
                .filter(a -> a.feedWorksOn(java.time.LocalDate.ofInstant(clock.instant(), Zones.ROME)));
        Instant now = clock.instant();
        return agenda.map(a -> IcsCalendar.of(em.createQuery("select p from Appointment p join fetch p.customer join fetch p.campaign "
                                + "where p.salesPerson = :u and p.startsAt >= :from and p.startsAt < :to order by p.startsAt", Appointment.class)
                        .setParameter("u", a.getSalesPerson().getUser())
                        .setParameter("from", now.minus(Duration.ofDays(30))).setParameter("to", now.plus(Duration.ofDays(180)))
                        .getResultList(), "cuffia", a.getSalesPerson().getUser(), now));
    }

    // --- supervisors and admins ---------------------------------------------------------------

    /** Appointments of the caller's clients in a period, for the supervisors' list (cancel, reschedule). */
    public List<Appointment> ofClients(Instant from, Instant to) {
        Caller caller = staff();
        return Tenancy.bind(em.createQuery("select a from Appointment a join fetch a.customer join fetch a.campaign c join fetch a.salesPerson "
                        + "where a.startsAt >= :from and a.startsAt < :to and " + Tenancy.jpql(caller.scope(), "c.client.id")
                        + " order by a.startsAt", Appointment.class), caller.scope())
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Per campaign and sales person, counted by the database in one grouped query (a deal is a held visit with its value). */
    public List<AppointmentReport> report() {
        Caller caller = staff();
        Instant now = clock.instant();
        return Tenancy.bind(em.createQuery("select c.name, concat(u.firstName, ' ', u.lastName), count(a), "
                        + "sum(case when a.startsAt < :now then 1 else 0 end), "
                        + "sum(case when a.status = :held then 1 else 0 end), sum(case when a.status = :noShow then 1 else 0 end), "
                        + "sum(case when a.status = :cancelled or a.status = :moved then 1 else 0 end), "
                        + "sum(case when a.dealValue is not null then 1 else 0 end), c.client.id, sum(a.dealValue) "
                        + "from Appointment a join a.campaign c join a.salesPerson u "
                        + "where " + Tenancy.jpql(caller.scope(), "c.client.id") + " "
                        + "group by c.name, u.firstName, u.lastName, c.client.id order by c.name, u.lastName", Object[].class), caller.scope())
                .setParameter("now", now).setParameter("held", AppointmentStatus.HELD).setParameter("noShow", AppointmentStatus.NO_SHOW)
                .setParameter("cancelled", AppointmentStatus.CANCELLED).setParameter("moved", AppointmentStatus.RESCHEDULED)
                .getResultStream()
                .map(row -> new AppointmentReport((String) row[0], (String) row[1], count(row[2]), count(row[3]), count(row[4]),
                        count(row[5]), count(row[6]), count(row[7]), money(row[9])))
                .toList();
    }

    /** A sum of money as the driver or the converter hands it back; no deals sum to zero. */
    private static BigDecimal money(Object value) {
        if (value == null) return BigDecimal.ZERO.setScale(2);
        if (value instanceof Money m) return m.amount();
        if (value instanceof BigDecimal d) return d.setScale(2, java.math.RoundingMode.HALF_EVEN);
        return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Cancels or moves an appointment (agent who booked it, supervisor, admin or its sales person),
     * with the reason kept in its history; the slot is free again at once. Moving books the new slot
     * in the same transaction.
     */
    public Appointment change(Long id, long version, AppointmentStatus how, String reason, Instant newStart) {
        Caller caller = callers.caller();
        caller.require(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.SALES);
        Appointment appointment = get(id);
        if (appointment.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (caller.is(Role.AGENT) && !caller.is(Role.SUPERVISOR) && !caller.is(Role.ADMIN)
                && !appointment.getAgent().getId().equals(caller.userId())) {
            throw new it.cuffia.shared.domain.ForbiddenException();
        }
        if (how != AppointmentStatus.CANCELLED && how != AppointmentStatus.RESCHEDULED) {
            throw new DomainException("appointment.change.kind");
        }
        appointment.conclude(how, reason, null, null, caller.username(), clock.instant());
        em.flush();
        if (how == AppointmentStatus.RESCHEDULED) {
            if (newStart == null) {
                throw new DomainException("appointment.slot.required");
            }
            return take(appointment.getLead(), appointment.getAgent(), appointment.getInteraction(), appointment.getSalesPerson().getId(),
                    newStart, appointment.getAgentNotes());
        }
        return appointment;
    }

    /** Free slots of the same sales person, to move an appointment to. */
    public List<SlotOption> slotsToMove(Long id) {
        Appointment appointment = get(id);
        return slotsFor(appointment.getLead()).stream()
                .filter(s -> s.salesUserId().equals(appointment.getSalesPerson().getId())).toList();
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.SUPERVISOR, Role.ADMIN);
        return caller;
    }

    // --- shared ---------------------------------------------------------------------------------

    private List<SalesAgenda> eligible(Campaign campaign, String province) {
        return em.createQuery("select a from SalesAgenda a join fetch a.salesPerson s join fetch s.user u "
                        + "where s.client = :c and u.active = true order by u.lastName", SalesAgenda.class)
                .setParameter("c", campaign.getClient())
                .setHint("eclipselink.batch", "a.hours")
                .getResultStream().filter(a -> a.serves(campaign.getMeetingType(), province)).toList();
    }

    /** Occupied time of these sales people in one query. */
    private Map<Long, List<SlotPlanner.Busy>> busyOf(List<SalesAgenda> agendas, Instant from, Instant to) {
        List<Long> users = agendas.stream().map(a -> a.getSalesPerson().getUser().getId()).toList();
        return em.createQuery("select a from Appointment a where a.salesPerson.id in :u and a.status in :occupying "
                        + "and a.startsAt < :to and a.endsAt > :from", Appointment.class)
                .setParameter("u", users)
                .setParameter("occupying", List.of(AppointmentStatus.BOOKED, AppointmentStatus.HELD, AppointmentStatus.NO_SHOW))
                .setParameter("from", from.minus(Duration.ofDays(1))).setParameter("to", to)
                .getResultStream().collect(Collectors.groupingBy(a -> a.getSalesPerson().getId(),
                        Collectors.mapping(Appointment::busy, Collectors.toList())));
    }

    private static SlotPlanner planner(Campaign campaign) {
        return new SlotPlanner(Duration.ofMinutes(campaign.getSlotMinutes()), Duration.ofMinutes(campaign.getBufferMinutes()));
    }

    private Caller sales() {
        Caller caller = callers.caller();
        caller.require(Role.SALES);
        return caller;
    }

}
