package it.cuffia.identity.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An operator (operatore): a user with a contract, a team and the clients they work for. */
@Entity
@Table(name = "agent")
public class Agent extends AbstractEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", unique = true)
    private AppUser user;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToMany
    @JoinTable(name = "agent_client",
            joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    @OrderBy("name")
    private Set<Client> clients = new LinkedHashSet<>();

    @OneToMany(mappedBy = "agent", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<Contract> contracts = new ArrayList<>();

    /** The payroll office's code for the employee (matricola): letters, digits, '-', '/' and '.'; unique. */
    @jakarta.persistence.Column(name = "employee_code", length = 20)
    private String employeeCode;

    protected Agent() {
    }

    public Agent(AppUser user) {
        if (!user.hasRole(Role.AGENT)) {
            throw new DomainException("agent.role.required", user.getUsername());
        }
        this.user = user;
    }

    /** Blank clears it; the payroll export then shows the username alone. */
    public void assignEmployeeCode(String code) {
        String trimmed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!trimmed.isEmpty() && !trimmed.matches("[A-Z0-9][A-Z0-9./-]{0,19}")) {
            throw new DomainException("agent.employeeCode.format", 20);
        }
        this.employeeCode = trimmed.isEmpty() ? null : trimmed;
    }

    public String getEmployeeCode() {
        return employeeCode;
    }

    /** Two contracts of one agent never cover the same day. */
    public Contract addContract(ContractTerms terms) {
        contracts.stream().filter(c -> c.overlaps(terms)).findFirst().ifPresent(c -> {
            throw new DomainException("contract.overlap", c.getValidFrom(),
                    c.getValidTo() == null ? "…" : c.getValidTo());
        });
        Contract contract = new Contract(this, terms);
        contracts.add(contract);
        return contract;
    }

    public Optional<Contract> contractOn(LocalDate day) {
        return contracts.stream().filter(c -> c.covers(day)).findFirst();
    }

    public void workFor(Collection<Client> newClients) {
        clients.clear();
        clients.addAll(newClients);
    }

    public boolean worksFor(Client client) {
        return clients.contains(client);
    }

    /**
     * The JPQL twin of {@link #worksFor}: {@code %1$s} is the agent's identification variable, {@code %2$s}
     * the client (a parameter such as {@code :client}, or a path).
     */
    public static final String WORKS_FOR_JPQL = "(%2$s member of %1$s.clients)";

    public void joinTeam(Team newTeam) {
        this.team = newTeam;
    }

    public AppUser getUser() { return user; }
    public Team getTeam() { return team; }
    public Set<Client> getClients() { return Set.copyOf(clients); }
    public List<Contract> getContracts() { return List.copyOf(contracts); }
}
