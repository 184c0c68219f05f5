package it.cuffia.it;

import it.cuffia.appointments.application.AppointmentService;
import it.cuffia.appointments.domain.SalesAgenda;
import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.ApiToken;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A client with two sales people (every day 08–20, province MI) and an appointment-setting campaign with leads in Milan. */
@Stateless
public class AppointmentFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AppointmentService appointments;

    /** The agents' API tokens sign them in as programs do; each agent works for the client and the campaign. */
    public record Setup(List<String> agentTokens, List<Long> salesUserIds, List<String> icsTokens, List<Long> leadIds) {
    }

    public Setup create(int leads, int agents) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("A" + tag).toUpperCase(), "Appuntamenti " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        List<AppUser> agentUsers = new ArrayList<>();
        List<String> agentTokens = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            AppUser user = new AppUser("a" + tag + "-" + i, "Agente", "Prenota " + i, Set.of(Role.AGENT));
            user.setPasswordHash("not-a-login");
            em.persist(user);
            Agent agent = new Agent(user);
            agent.workFor(List.of(client));
            em.persist(agent);
            ApiToken.Issued token = ApiToken.issue(user, "prenotazioni", LocalDate.now(clock.withZone(Zones.ROME)).plusDays(1), clock.instant());
            em.persist(token.token());
            agentUsers.add(user);
            agentTokens.add(token.secret());
        }
        List<Long> sales = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AppUser user = new AppUser("s" + tag + i, "Commerciale", "Numero " + i, Set.of(Role.SALES));
            user.setPasswordHash("not-a-login");
            em.persist(user);
            SalesPerson person = new SalesPerson(user, client);
            em.persist(person);
            SalesAgenda agenda = new SalesAgenda(person);
            List<BusinessHours> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(new BusinessHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
            }
            agenda.replaceHours(hours);
            agenda.cover(List.of("MI"));
            em.persist(agenda);
            sales.add(user.getId());
            tokens.add(agenda.getIcsToken());
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        Campaign campaign = new Campaign(client, "Visite " + tag, CampaignType.APPOINTMENT_SETTING, today.minusDays(1), today.plusDays(30));
        campaign.definePurpose(CampaignType.APPOINTMENT_SETTING, true, null, campaign.getLegalProfile());
        campaign.setCallerId("+39 02 4000 1234");
        campaign.replaceWindows(List.of(new CallingWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(20, 0))));
        campaign.assign(agentUsers, List.of());
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);
        em.persist(campaign);
        List<Long> leadIds = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            Customer customer = new Customer(client, "Cliente", "Milanese " + i);
            customer.getAddress().setCity("Milano");
            customer.getAddress().setProvince("MI");
            String phone = String.format("+39348%03d%04d", Math.abs(tag.hashCode()) % 1000, i);
            customer.addPhone(PhoneNumber.parse(phone));
            em.persist(customer);
            Lead lead = new Lead(campaign, customer, phone, Zones.ROME, 5, clock.instant().minus(Duration.ofDays(1)));
            em.persist(lead);
            // booking sales visits is commercial: the number was checked against the register, and is free
            em.persist(new it.cuffia.outbound.domain.RpoCheck(phone, today, false, clock.instant()));
            leadIds.add(lead.getId());
        }
        em.flush();
        return new Setup(agentTokens, sales, tokens, leadIds);
    }

    /** Booking is an agent's act in their own call: called here, outside any call, it must be refused. */
    public void bookWithoutACall(Long leadId, Long salesUserId, Instant start) {
        appointments.book(em.find(Lead.class, leadId), null, salesUserId, start, "Interessato alla fibra");
    }

    public long appointmentsAt(Long salesUserId, Instant start) {
        return em.createQuery("select count(a) from Appointment a where a.salesPerson.id = :u and a.startsAt = :s", Long.class)
                .setParameter("u", salesUserId).setParameter("s", start).getSingleResult();
    }

    public long mailsTo(String recipientPrefix) {
        return em.createQuery("select count(m) from MailMessage m where m.recipient like :r", Long.class)
                .setParameter("r", recipientPrefix + "%").getSingleResult();
    }
}
