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
    private String passwordHash;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("cuffia.demo")) {
            return;
        }
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            LOG.info("Demo mode: the database already has users, demo data not loaded again");
            return;
        }
        hasher.initialize(PasswordHashing.parameters());
        passwordHash = hasher.generate(DEMO_PASSWORD.toCharArray());

        Client aurora = client("AURORA", "Telefonia Aurora S.p.A.", "01234567890", "servizio.clienti@aurora-tel.it");
        Client verde = client("ENVERDE", "Energia Verde Italia S.r.l.", "09876543210", "assistenza@energiaverde.it");
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
            agent.workFor(i == 4 ? List.of(aurora, verde) : List.of(firstHalf ? aurora : verde));
            boolean partTime = i % 3 == 2;
            agent.addContract(new ContractTerms(
                    partTime ? ContractType.PART_TIME : ContractType.FULL_TIME,
                    partTime ? 20 : 40,
                    Money.euro(partTime ? "780.00" : "1450.00"),
                    LocalDate.of(2025, 1 + i, 1), null));
            em.persist(agent);
        }

        em.persist(new SalesPerson(user("commerciale1", "Roberto", "Ferrari", Role.SALES), aurora));
        em.persist(new SalesPerson(user("commerciale2", "Paola", "Moretti", Role.SALES), aurora));
        em.persist(new SalesPerson(user("commerciale3", "Stefano", "Lombardi", Role.SALES), verde));

        for (int i = 0; i < 200; i++) {
            em.persist(customer(i % 2 == 0 ? aurora : verde));
        }
        LOG.info("Demo data loaded: 2 clients, 2 teams, 10 agents, 3 sales people, 200 customers");
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
        user.setPasswordHash(passwordHash);
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
