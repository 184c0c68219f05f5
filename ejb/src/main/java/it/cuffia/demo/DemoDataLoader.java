package it.cuffia.demo;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.PasswordHashing;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.identity.domain.Team;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.outbound.domain.QuestionKind;
import it.cuffia.outbound.domain.RpoCheck;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.shared.domain.Money;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data, loaded only when the server runs with {@code -Dcuffia.demo=true} and the database
 * has no users yet: two clients, two teams, ten agents, three sales people, 200 customers.
 * Seeded randomness, so every demo database is the same.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "cuffia2026";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hasher;

    @Inject
    private Clock clock;

    private final Random random = new Random(20261123L);

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("cuffia.demo")) {
            return;
        }
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            LOG.info("Demo mode: the database already has users, demo data not loaded again");
            DemoMailbox.ensure(em);
            return;
        }
        hasher.initialize(PasswordHashing.parameters());

        Client aurora = client("AURORA", "Telefonia Aurora S.p.A.", "01234567897", "servizio.clienti@aurora-tel.it");
        Client verde = client("ENVERDE", "Energia Verde Italia S.r.l.", "09876543217", "assistenza@energiaverde.it");
        aurora.addClosure(LocalDate.of(2026, 12, 7), "Sant'Ambrogio (patrono di Milano)");

        user("admin", "Alessandra", "Conti", Role.ADMIN);
        Team milano = new Team("Team Milano", user("supervisore1", "Marco", "Galli", Role.SUPERVISOR));
        Team napoli = new Team("Team Napoli", user("supervisore2", "Giovanna", "Esposito", Role.SUPERVISOR));
        em.persist(milano);
        em.persist(napoli);

        String[][] agents = {
                {"Luca", "Rossi"}, {"Giulia", "Bianchi"}, {"Francesco", "Romano"}, {"Sofia", "Colombo"},
                {"Alessandro", "Ricci"}, {"Chiara", "Marino"}, {"Matteo", "Greco"}, {"Martina", "Bruno"},
                {"Davide", "Gallo"}, {"Elena", "De Luca"}};
        for (int i = 0; i < agents.length; i++) {
            Agent agent = new Agent(user(String.format("operatore%02d", i + 1), agents[i][0], agents[i][1], Role.AGENT));
            boolean firstHalf = i < 5;
            agent.joinTeam(firstHalf ? milano : napoli);
            agent.assignEmployeeCode(String.format("MAT-%04d", 101 + i));
            agent.workFor(i == 4 ? List.of(aurora, verde) : List.of(firstHalf ? aurora : verde));
            boolean partTime = i % 3 == 2;
            agent.addContract(new ContractTerms(
                    partTime ? ContractType.PART_TIME : ContractType.FULL_TIME,
                    partTime ? 20 : 40,
                    Money.euro(partTime ? "780.00" : "1450.00"),
                    LocalDate.of(2025, 1 + i, 1), null));
            em.persist(agent);
        }

        agenda(new SalesPerson(user("commerciale1", "Roberto", "Ferrari", Role.SALES), aurora), DemoNames.provinces(),
                java.time.DayOfWeek.FRIDAY);
        agenda(new SalesPerson(user("commerciale2", "Paola", "Moretti", Role.SALES), aurora), List.of("MI", "MB", "BG", "BS", "TO", "GE"),
                java.time.DayOfWeek.THURSDAY);
        agenda(new SalesPerson(user("commerciale3", "Stefano", "Lombardi", Role.SALES), verde), DemoNames.provinces(),
                java.time.DayOfWeek.FRIDAY);

        List<Customer> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Customer customer = customer(i % 2 == 0 ? aurora : verde);
            em.persist(customer);
            customers.add(customer);
        }
        outbound(aurora, verde, milano, napoli, customers);
        LocalDate today = LocalDate.now(clock.withZone(it.cuffia.shared.domain.Zones.ROME));
        DemoHistory history = new DemoHistory(em, random);
        history.plansAndTargets(aurora, verde, milano, napoli, java.time.YearMonth.from(today).minusMonths(1));
        DemoQuality quality = new DemoQuality(em, new Random(20261206L));
        quality.forms(aurora, verde, today.minusMonths(1).withDayOfMonth(1).atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant());
        // the test domain runs without history (-Dcuffia.demo.history=false): its tests count their own rows
        if (!"false".equals(System.getProperty("cuffia.demo.history"))) {
            em.flush();
            history.work(em.createQuery("select a from Agent a order by a.user.username", Agent.class).getResultList(),
                    em.createQuery("select c from Campaign c order by c.id", Campaign.class).getResultList(), customers,
                    em.createQuery("select l from Lead l order by l.id", Lead.class).getResultList(),
                    today.minusMonths(1).withDayOfMonth(1), today.minusDays(1));
            em.flush();
            quality.evaluations(today.minusMonths(1).withDayOfMonth(1).atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant(),
                    today.minusDays(2).atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant());
            // issue 16 §2: Aurora asks its customers how it went, half an hour after a resolved ticket or a call (the
            // history above has their answers); the link points at this server's http listener
            it.cuffia.satisfaction.domain.SatisfactionSettings.Data defaults = it.cuffia.satisfaction.domain.SatisfactionSettings.defaults(
                    "http://localhost:" + System.getProperty("HTTP_LISTENER_PORT", "8080") + "/cuffia");
            em.persist(new it.cuffia.satisfaction.domain.SatisfactionSettings(aurora, new it.cuffia.satisfaction.domain.SatisfactionSettings.Data(
                    true, true, 30, defaults.validDays(), defaults.quietDays(), defaults.linkBase(), defaults.subjectIt(), defaults.bodyIt(),
                    defaults.subjectEn(), defaults.bodyEn())));
        }
        LOG.info("Demo data loaded: 2 clients, 2 teams, 10 agents, 3 sales people, 200 customers, 2 campaigns");
        // with ./cuffia start's local mail server: a mailbox of Aurora the demo reads (see DemoMailbox)
        DemoMailbox.ensure(em);
    }

    /** A teleselling campaign for Aurora (team Milano) and a survey for Energia Verde (team Napoli), both running. */
    private void outbound(Client aurora, Client verde, Team milano, Team napoli, List<Customer> customers) {
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(it.cuffia.shared.domain.Zones.ROME));
        List<Offer> offers = List.of(
                new Offer(aurora, "Fibra 1 Giga", Money.euro("29.90"), today.minusMonths(1), null),
                new Offer(aurora, "Mobile 100 GB", Money.euro("9.99"), today.minusMonths(1), null),
                new Offer(aurora, "Router Wi-Fi 7", Money.euro("4.00"), today.minusMonths(1), today.plusMonths(3)));
        offers.forEach(em::persist);

        Campaign fibra = campaign(aurora, "Fibra inverno 2026", CampaignType.TELESELLING, milano, today);
        // Team Milano sells; two of its agents book appointments for the sales staff instead
        List<AppUser> sellers = agents("operatore02", "operatore04", "operatore05");
        fibra.assign(sellers, List.of());
        Campaign visits = campaign(aurora, "Consulenza fibra a domicilio", CampaignType.APPOINTMENT_SETTING, milano, today);
        visits.assign(agents("operatore01", "operatore03"), List.of());
        visits.setBriefing("Fissa una visita gratuita del consulente Aurora per verificare la copertura e l'impianto.");
        fibra.offer(offers);
        fibra.setBriefing("Proponi la Fibra 1 Giga ai clienti con ADSL; in abbinamento il router Wi-Fi 7 a 4 € al mese.");
        Campaign survey = campaign(verde, "Soddisfazione clienti 2026", CampaignType.SURVEY, napoli, today);
        em.persist(new SurveyQuestion(survey, 1, "Da 1 a 10, quanto è soddisfatto del servizio di Energia Verde?", QuestionKind.SCALE, null, true));
        em.persist(new SurveyQuestion(survey, 2, "Consiglierebbe Energia Verde a un amico?", QuestionKind.SINGLE, "Sì\nNo\nNon so", true));
        em.persist(new SurveyQuestion(survey, 3, "Quali servizi usa?", QuestionKind.MULTIPLE, "Luce\nGas\nFotovoltaico\nApp", false));
        em.persist(new SurveyQuestion(survey, 4, "Suggerimenti", QuestionKind.TEXT, null, false));
        DemoScripts scripts = new DemoScripts(em, now);
        scripts.teleselling(fibra);
        scripts.survey(survey, em.createQuery("select q from SurveyQuestion q where q.campaign = :c order by q.position", SurveyQuestion.class)
                .setParameter("c", survey).getResultList());
        scripts.technicalSupport(aurora);
        DemoReplyTemplates.load(em, aurora, verde);
        DemoDesk.load(em, aurora, verde);

        java.time.Instant imported = now.minus(1, ChronoUnit.DAYS);
        List<Lead> visited = new java.util.ArrayList<>();
        int auroraSeen = 0;
        for (Customer customer : customers) {
            boolean ofAurora = customer.getClient().equals(aurora);
            Campaign campaign = !ofAurora ? survey : auroraSeen++ % 3 == 0 ? visits : fibra;
            if (!customer.hasConsent(campaign.getConsentPurpose())) {
                continue;
            }
            String phone = customer.getPhones().get(0).getNumber();
            Lead lead = new Lead(campaign, customer, phone, it.cuffia.shared.domain.Zones.ROME, random.nextInt(10), imported);
            em.persist(lead);
            if (campaign == visits && visited.size() < 3) {
                visited.add(lead);
            }
            if (campaign.needsRpoCheck()) {
                em.persist(new RpoCheck(phone, today, random.nextInt(10) == 0, now));
            }
        }
        fibra.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);   // every lead above was checked against the RPO
        visits.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);
        pastVisits(visited, today);
        survey.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);  // surveys do not need the RPO
    }

    /** Three visits of Roberto Ferrari on the last working day, booked last week: due, waiting for his word. */
    private void pastVisits(List<Lead> leads, LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (day.getDayOfWeek().getValue() > 5 || it.cuffia.shared.domain.ItalianHolidays.isHoliday(day)) {
            day = day.minusDays(1);
        }
        AppUser sales = agents("commerciale1").get(0);
        AppUser agent = agents("operatore01").get(0);
        java.time.Instant bookedAt = day.minusDays(7).atTime(11, 0).atZone(it.cuffia.shared.domain.Zones.ROME).toInstant();
        int[][] times = {{9, 0}, {10, 15}, {14, 0}};
        for (int i = 0; i < leads.size(); i++) {
            java.time.Instant start = day.atTime(times[i][0], times[i][1]).atZone(it.cuffia.shared.domain.Zones.ROME).toInstant();
            Lead lead = leads.get(i);
            lead.record(Outcome.APPOINTMENT_BOOKED, bookedAt, null);
            em.persist(new it.cuffia.appointments.domain.Appointment(lead, sales, agent, null,
                    new it.cuffia.appointments.domain.SlotPlanner.Slot(start, start.plus(java.time.Duration.ofHours(1))),
                    it.cuffia.appointments.domain.MeetingType.IN_PERSON, "Vuole confrontare le offerte fibra", bookedAt));
        }
    }

    private List<AppUser> agents(String... usernames) {
        return em.createQuery("select u from AppUser u where u.username in :n", AppUser.class)
                .setParameter("n", List.of(usernames)).getResultList();
    }

    /** Monday to the given weekday, 09–13 and 14–18, meetings of every kind, in these provinces. */
    private void agenda(SalesPerson person, List<String> provinces, java.time.DayOfWeek lastDay) {
        em.persist(person);
        it.cuffia.appointments.domain.SalesAgenda agenda = new it.cuffia.appointments.domain.SalesAgenda(person);
        List<it.cuffia.crm.domain.BusinessHours> hours = new java.util.ArrayList<>();
        for (java.time.DayOfWeek day = java.time.DayOfWeek.MONDAY; day.compareTo(lastDay) <= 0; day = day.plus(1)) {
            hours.add(new it.cuffia.crm.domain.BusinessHours(day, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0)));
            hours.add(new it.cuffia.crm.domain.BusinessHours(day, java.time.LocalTime.of(14, 0), java.time.LocalTime.of(18, 0)));
        }
        agenda.replaceHours(hours);
        agenda.cover(provinces);
        em.persist(agenda);
    }

    private Campaign campaign(Client client, String name, CampaignType type, Team team, LocalDate today) {
        Campaign campaign = new Campaign(client, name, type, today.minusDays(7), today.plusMonths(2));
        campaign.setCallerId(client.getCode().equals("AURORA") ? "+39 02 4000 1234" : "+39 06 5000 4321");
        List<CallingWindow> windows = new java.util.ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            windows.add(new CallingWindow(day, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(21, 0)));
        }
        campaign.replaceWindows(windows); // the legal profile narrows these to what the law allows
        campaign.setRetryDelay(Outcome.NO_ANSWER, 120);
        campaign.setRetryDelay(Outcome.BUSY, 30);
        campaign.setRetryDelay(Outcome.ANSWERING_MACHINE, 240);
        campaign.assign(List.of(), List.of(team));
        em.persist(campaign);
        return campaign;
    }

    private Client client(String code, String name, String vat, String email) {
        Client client = new Client(code, name);
        client.setVatNumber(vat);
        client.setEmail(email);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        return client;
    }

    private AppUser user(String username, String firstName, String lastName, Role role) {
        AppUser user = new AppUser(username, firstName, lastName, Set.of(role));
        user.setEmail(username + "@cuffia.example");
        // every user their own salt: one shared hash would tell whoever reads the table that the passwords are equal
        user.setPasswordHash(hasher.generate(DEMO_PASSWORD.toCharArray()));
        em.persist(user);
        return user;
    }

    private Customer customer(Client client) {
        String[] name = DemoNames.person(random);
        Customer customer = new Customer(client, name[0], name[1]);
        DemoNames.Place place = DemoNames.place(random);
        customer.getAddress().setStreet(DemoNames.street(random));
        customer.getAddress().setPostalCode(place.postalCode());
        customer.getAddress().setCity(place.city());
        customer.getAddress().setProvince(place.province());
        customer.setEmail(DemoNames.email(name, random));
        customer.addPhone(PhoneNumber.parse(DemoNames.mobile(random)));
        if (random.nextInt(3) == 0) {
            customer.addPhone(PhoneNumber.parse(place.landlinePrefix() + DemoNames.digits(random, 10 - place.landlinePrefix().length())));
        }
        var when = clock.instant().minus(30L + random.nextInt(700), ChronoUnit.DAYS);
        if (random.nextInt(10) < 7) {
            customer.giveConsent(ConsentPurpose.MARKETING, when, "contratto firmato");
        }
        if (random.nextInt(10) < 5) {
            customer.giveConsent(ConsentPurpose.SURVEY, when, "modulo web");
        }
        if (random.nextInt(10) == 0) {
            customer.withdrawConsent(ConsentPurpose.MARKETING, when.plus(10, ChronoUnit.DAYS), "telefonata");
        }
        return customer;
    }
}
