package it.cuffia.web.faces;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.Contract;
import it.cuffia.identity.domain.SalesPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the home pages show about the person: their clients, team, contract, sales client. */
@Named
@RequestScoped
public class HomeViews {

    @Inject
    private UserService users;

    @Inject
    private ClientService clients;

    @Inject
    private java.time.Clock clock;

    public Optional<Agent> getAgent() {
        return users.myAgentProfile();
    }

    public Contract getCurrentContract() {
        return getAgent().flatMap(a -> a.contractOn(LocalDate.now(clock))).orElse(null);
    }

    public SalesPerson getSalesPerson() {
        return users.salesPersonOf(users.me()).orElse(null);
    }

    public List<Client> getMyClients() {
        return clients.choosable();
    }
}
