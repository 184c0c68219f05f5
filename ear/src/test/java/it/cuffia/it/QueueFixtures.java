package it.cuffia.it;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadAttribute;
import it.cuffia.outbound.domain.LeadFile;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.domain.LegalCallingProfile;
import it.cuffia.outbound.domain.RpoCheck;
import it.cuffia.outbound.infrastructure.RegisterChecks;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A running survey campaign of a new client with its own agents and leads, for dialing-queue tests. */
@Stateless
public class QueueFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Inject
    private Clock clock;

    public record Setup(Long campaignId, List<Long> agentIds, List<Long> leadIds) {
    }

    public Setup campaign(int agents, int leads) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("Q" + tag).toUpperCase(), "Queue " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        Campaign campaign = new Campaign(client, "Queue test " + tag, CampaignType.SURVEY, today.minusDays(1), today.plusDays(30));
        // a pure survey that needs no consent: no register check
        campaign.definePurpose(CampaignType.SURVEY, false, null, it.cuffia.outbound.domain.LegalCallingProfile.SURVEY_WIDE);
        campaign.setCallerId("+39 02 4000 1234");
        List<CallingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new CallingWindow(day, LocalTime.of(0, 0), LocalTime.of(23, 59)));
        }
        campaign.replaceWindows(windows);
        List<AppUser> users = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            AppUser user = new AppUser("q" + tag + "-" + i, "Agente", "Numero " + i, Set.of(Role.AGENT));
            user.setPasswordHash("not-a-login");
            em.persist(user);
            Agent agent = new Agent(user);
            agent.workFor(List.of(client));
            em.persist(agent);
            users.add(user);
        }
        campaign.assign(users, List.of());
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);
        em.persist(campaign);
        List<Long> leadIds = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            Customer customer = new Customer(client, "Cliente", "Numero " + i);
            String phone = String.format("+39347%03d%04d", Math.abs(tag.hashCode()) % 1000, i);
            customer.addPhone(PhoneNumber.parse(phone));
            em.persist(customer);
            Lead lead = new Lead(campaign, customer, phone, Zones.ROME, 5, clock.instant().minus(Duration.ofDays(1)));
            em.persist(lead);
            leadIds.add(lead.getId());
        }
        em.flush();
        return new Setup(campaign.getId(), users.stream().map(AppUser::getId).toList(), leadIds);
    }

    /** A telemarketing campaign's leads by what the register says of them. */
    public record Telemarketing(Long campaignId, List<Long> agentIds, List<Long> registered, Long free, Long foreign) {
    }

    @Inject
    private RegisterChecks registerChecks;

    /**
     * A draft TELEMARKETING campaign asking for {@code consent} (null: none): two Italian numbers
     * registered in the RPO, one free, one Swiss number without any RPO row (outside the register).
     * Every customer gave every consent: only the register decides. {@link #activate} starts it.
     */
    public Telemarketing telemarketing(ConsentPurpose consent) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("T" + tag).toUpperCase(), "Telemarketing " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        Campaign campaign = new Campaign(client, "Telemarketing " + tag, CampaignType.TELEMARKETING, today.minusDays(1), today.plusDays(30));
        campaign.definePurpose(CampaignType.TELEMARKETING, true, consent, LegalCallingProfile.TELEMARKETING_CODE_2024);
        campaign.setCallerId("+39 02 4000 1234");
        List<CallingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new CallingWindow(day, LocalTime.of(0, 0), LocalTime.of(23, 59)));
        }
        campaign.replaceWindows(windows);
        List<AppUser> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AppUser user = new AppUser("t" + tag + "-" + i, "Agente", "Numero " + i, Set.of(Role.AGENT));
            user.setPasswordHash("not-a-login");
            em.persist(user);
            Agent agent = new Agent(user);
            agent.workFor(List.of(client));
            em.persist(agent);
            users.add(user);
        }
        campaign.assign(users, List.of());
        em.persist(campaign);
        int digits = Math.abs(tag.hashCode()) % 1000;
        List<Long> registered = new ArrayList<>();
        Long free = null;
        Long foreign = null;
        Instant imported = clock.instant().minus(Duration.ofDays(1));
        for (int i = 0; i < 4; i++) {
            String phone = i == 3 ? String.format("+4144%03d%04d", digits, i) : String.format("+39349%03d%04d", digits, i);
            Customer customer = new Customer(client, "Cliente", "Numero " + i);
            customer.addPhone(PhoneNumber.parse(phone));
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                customer.giveConsent(purpose, imported, "contratto");
            }
            em.persist(customer);
            Lead lead = new Lead(campaign, customer, phone, Zones.ROME, 5, imported);
            em.persist(lead);
            if (i < 2) {
                em.persist(new RpoCheck(phone, today, true, clock.instant()));
                registered.add(lead.getId());
            } else if (i == 2) {
                em.persist(new RpoCheck(phone, today, false, clock.instant()));
                free = lead.getId();
            } else {
                foreign = lead.getId();
            }
        }
        em.flush();
        return new Telemarketing(campaign.getId(), users.stream().map(AppUser::getId).toList(), registered, free, foreign);
    }

    /**
     * Activates the campaign through the real register query (on the application's persistence unit,
     * so it sees only committed rows: call it after the transaction that made them).
     */
    public void activate(Long campaignId) {
        em.find(Campaign.class, campaignId).moveTo(CampaignStatus.ACTIVE, LocalDate.now(clock.withZone(Zones.ROME)), registerChecks);
    }

    /** Adds an Italian lead nobody checked against the register to the campaign, and pauses it. */
    public void addUncheckedLeadAndPause(Long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        String phone = String.format("+39349%07d", Math.abs(UUID.randomUUID().hashCode()) % 10_000_000);
        Customer customer = new Customer(campaign.getClient(), "Giulia", "Senzaverifica");
        customer.addPhone(PhoneNumber.parse(phone));
        em.persist(customer);
        em.persist(new Lead(campaign, customer, phone, Zones.ROME, 5, clock.instant()));
        campaign.moveTo(CampaignStatus.PAUSED, LocalDate.now(clock.withZone(Zones.ROME)), registerChecks);
    }

    /** Tries to activate the campaign again: the refusal's message key and arguments (empty when it started). */
    public List<Object> reactivationRefusal(Long campaignId) {
        try {
            activate(campaignId);
            return List.of();
        } catch (it.cuffia.shared.domain.DomainException refused) {
            List<Object> said = new ArrayList<>();
            said.add(refused.getMessageKey());
            said.addAll(List.of(refused.getArguments()));
            return said;
        }
    }

    public it.cuffia.outbound.domain.ExclusionReason exclusion(Long leadId) {
        return em.find(Lead.class, leadId).getExcludedReason();
    }

    /** Time passes for one lead: its holder's lease ran out a second ago. */
    public void expireLease(Long leadId) {
        em.createQuery("update Lead l set l.leaseUntil = :past where l.id = :id")
                .setParameter("past", clock.instant().minusSeconds(1)).setParameter("id", leadId).executeUpdate();
    }

    /** A personal callback of {@code agentId} that fell due a minute ago. */
    public void dueCallback(Long leadId, Long agentId) {
        Lead lead = em.find(Lead.class, leadId);
        lead.record(it.cuffia.outbound.domain.Outcome.CALLBACK, clock.instant().minusSeconds(120),
                new Lead.Callback(clock.instant().minusSeconds(60), em.find(AppUser.class, agentId)));
    }

    public Lead lead(Long id) {
        return em.find(Lead.class, id);
    }

    public long heldLeads(Long campaignId) {
        return em.createQuery("select count(l) from Lead l where l.campaign.id = :c and l.heldBy is not null", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    public LeadStatus status(Long leadId) {
        return em.find(Lead.class, leadId).getStatus();
    }

    /** A lead file uploaded to the campaign, without starting its job: the test feeds the chunks. */
    public Long leadImport(Long campaignId, String fileName, byte[] content, Map<String, String> mapping) {
        LeadFile file = LeadFile.of(content, null, null);
        LeadImport upload = new LeadImport(em.find(Campaign.class, campaignId), fileName, content, file, file.mapping(mapping),
                "admin", clock.instant());
        em.persist(upload);
        return upload.getId();
    }

    public LeadImport upload(Long id) {
        return em.find(LeadImport.class, id);
    }

    /** A lead of an import as the agent gets it, and the consents its customer has. */
    public record ImportedLead(long line, String customer, String notes, List<LeadAttribute> attributes, List<String> consents) {
    }

    public List<ImportedLead> importedLeads(Long importId) {
        return em.createQuery("select l from Lead l where l.leadImport.id = :i order by l.importLine", Lead.class)
                .setParameter("i", importId).getResultList().stream()
                .map(l -> new ImportedLead(l.getImportLine(), l.getCustomer().getFullName(), l.getNotes(), l.getAttributes(),
                        l.getCustomer().getConsents().stream()
                                .map(c -> c.getPurpose() + " " + c.isGiven() + " " + c.getStatedAt() + " " + c.getSource()).toList()))
                .toList();
    }

    /** The import's report as "line KIND reasonKey", in line order. */
    public List<String> report(Long importId) {
        return em.createQuery("select i from LeadImportIssue i where i.leadImport.id = :i order by i.lineNumber", LeadImportIssue.class)
                .setParameter("i", importId).getResultList().stream()
                .map(i -> i.getLineNumber() + " " + i.getKind() + " " + i.getReasonKey()).toList();
    }
}
