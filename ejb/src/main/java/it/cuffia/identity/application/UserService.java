package it.cuffia.identity.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Contract;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.PasswordHashing;
import it.cuffia.identity.domain.PasswordPolicy;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.identity.domain.Team;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users, their roles, agents' contracts and clients, sales staff, teams: the admin's work. */
@Stateless
public class UserService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Pbkdf2PasswordHash hasher;

    @Inject
    private SecurityAudit audit;

    /** A hash of nothing anyone can type, checked against when the name is unknown. */
    private static volatile String decoyHash;

    @PostConstruct
    void configureHasher() {
        hasher.initialize(PasswordHashing.parameters());
    }

    /**
     * After a failed login: when no active user has that name, checks the password against a decoy hash,
     * so that an unknown name takes as long as a wrong password (no finding out names by timing).
     */
    public void spendAFailedLoginsTime(String username, char[] password) {
        Long known = em.createQuery("select count(u) from AppUser u where u.username = :name and u.active = true", Long.class)
                .setParameter("name", username).getSingleResult();
        if (known == 0) {
            if (decoyHash == null) {
                decoyHash = hasher.generate(java.util.UUID.randomUUID().toString().toCharArray());
            }
            hasher.verify(password, decoyHash);
        }
    }

    public Page<AppUser> page(PageRequest request) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        return PagedQuery.of(em, AppUser.class)
                .searchable("username", "username")
                .searchable("lastName", "lastName")
                .searchable("firstName", "firstName")
                .searchable("email", "email")
                .field("active", "active")
                .orderBy("lastName")
                .run(request);
    }

    public AppUser get(Long id) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        return Optional.ofNullable(em.find(AppUser.class, id)).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** The calling user's own account. */
    public AppUser me() {
        return em.find(AppUser.class, callers.caller().userId());
    }

    /**
     * Creates a user in one transaction with what their roles need: for an agent the clients,
     * team and first contract; for a sales person their client. Either all of it is stored or nothing.
     */
    public AppUser create(UserDetails request) {
        AppUser user = create(request.user(), request.password());
        completeProfiles(user, request);
        em.flush();
        return user;
    }

    /**
     * Saves the admin's dialog on an existing user in one transaction: names, roles, password, and what the roles need
     * (including a contract typed and not added yet). Either all of it is stored or nothing.
     */
    public AppUser update(Long id, long version, UserDetails edited) {
        callers.caller().require(Role.ADMIN);
        AppUser stored = get(id);
        if (stored.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        stored.setFirstName(edited.user().getFirstName());
        stored.setLastName(edited.user().getLastName());
        stored.setEmail(edited.user().getEmail());
        String rolesBefore = rolesOf(stored);
        stored.changeRoles(edited.user().getRoles());
        if (!rolesBefore.equals(rolesOf(stored))) {
            audit.changed(SecurityEventKind.ROLES_CHANGED, stored.getUsername(), rolesBefore + " → " + rolesOf(stored));
        }
        if (edited.changesPassword()) {
            stored.setPasswordHash(hash(stored.getUsername(), edited.password()));
            audit.changed(SecurityEventKind.PASSWORD_RESET, stored.getUsername(), null);
        }
        completeProfiles(stored, edited);
        em.flush();
        return stored;
    }

    /** What the user's roles need: an agent's clients, team, code and contract; a sales person's client, once. */
    private void completeProfiles(AppUser user, UserDetails details) {
        if (user.hasRole(Role.AGENT)) {
            Agent agent = agentOf(user).orElseGet(() -> { // a user who just became an agent
                Agent made = new Agent(user);
                em.persist(made);
                return made;
            });
            agent.workFor(clients(details.clientIds()));
            agent.joinTeam(details.teamId() == null ? null : team(details.teamId()));
            assignEmployeeCode(agent, details.employeeCode());
            if (details.contract() != null) {
                agent.addContract(details.contract());
            }
        }
        if (user.hasRole(Role.SALES) && salesPersonOf(user).isEmpty()) {
            if (details.salesClientId() == null) {
                throw new DomainException("sales.client.required");
            }
            em.persist(new SalesPerson(user, clients(List.of(details.salesClientId())).get(0)));
        }
    }

    public AppUser create(AppUser user, String password) {
        callers.caller().require(Role.ADMIN);
        if (!em.createQuery("select u.id from AppUser u where u.username = :u", Long.class)
                .setParameter("u", user.getUsername()).getResultList().isEmpty()) {
            throw new DomainException("user.username.taken", user.getUsername());
        }
        user.setPasswordHash(hash(user.getUsername(), password));
        em.persist(user);
        audit.changed(SecurityEventKind.USER_CREATED, user.getUsername(), rolesOf(user));
        if (user.hasRole(Role.AGENT)) {
            em.persist(new Agent(user));
            em.flush();
        }
        return user;
    }

    /** The caller changes their own password, proving they know the current one. */
    public void changeOwnPassword(String current, String chosen) {
        AppUser me = me();
        if (current == null || !hasher.verify(current.toCharArray(), me.getPasswordHash())) {
            throw new DomainException("account.password.currentWrong");
        }
        if (current.equals(chosen)) {
            throw new DomainException("account.password.unchanged");
        }
        me.setPasswordHash(hash(me.getUsername(), chosen));
        audit.changed(SecurityEventKind.PASSWORD_CHANGED, me.getUsername(), null);
    }

    public AppUser setActive(Long id, boolean active) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN);
        if (!active && id.equals(caller.userId())) {
            throw new DomainException("user.deactivate.self");
        }
        AppUser user = get(id);
        if (active != user.isActive()) {
            audit.changed(active ? SecurityEventKind.USER_ACTIVATED : SecurityEventKind.USER_DEACTIVATED, user.getUsername(), null);
        }
        if (active) user.activate(); else user.deactivate();
        return user;
    }

    /** The language the calling user chose for the consoles; kept for their next login. */
    public void chooseLanguage(String language) {
        me().chooseLanguage(language);
    }

    // --- agents ---------------------------------------------------------------------------

    public Optional<Agent> agentOf(AppUser user) {
        return em.createQuery("select a from Agent a where a.user = :user", Agent.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    public Agent agent(Long userId) {
        return agentOf(get(userId)).orElseThrow(() -> new NotFoundException("agent", userId));
    }

    /** The calling agent's own profile (clients, team, contracts). */
    public Optional<Agent> myAgentProfile() {
        return agentOf(me());
    }

    /** One employee, one code: a code another agent has is refused with its owner's name. */
    private void assignEmployeeCode(Agent agent, String code) {
        agent.assignEmployeeCode(code);
        if (agent.getEmployeeCode() != null) {
            em.createQuery("select a from Agent a where a.employeeCode = :c and a <> :me", Agent.class)
                    .setParameter("c", agent.getEmployeeCode()).setParameter("me", agent).getResultStream().findFirst()
                    .ifPresent(other -> {
                        throw new DomainException("agent.employeeCode.taken", agent.getEmployeeCode(), other.getUser().getUsername());
                    });
        }
    }

    public Contract addContract(Long userId, ContractTerms terms) {
        callers.caller().require(Role.ADMIN);
        Agent agent = agent(userId);
        Contract contract = agent.addContract(terms);
        em.flush();
        return contract;
    }

    /** The members of a team in the caller's scope; another supervisor's team behaves like one that does not exist. */
    public List<Agent> agentsOfTeam(Long teamId) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        if (!caller.teams().allows(teamId)) {
            throw new NotFoundException("team", teamId);
        }
        return em.createQuery("select a from Agent a join fetch a.user u where a.team.id = :team order by u.lastName", Agent.class)
                .setParameter("team", teamId).getResultList();
    }

    // --- sales staff ----------------------------------------------------------------------

    public Optional<SalesPerson> salesPersonOf(AppUser user) {
        return em.createQuery("select s from SalesPerson s where s.user = :user", SalesPerson.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    public Page<SalesPerson> salesStaff(PageRequest request) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return PagedQuery.of(em, SalesPerson.class)
                .where(Tenancy.within(caller.scope(), "client"))
                .searchable("lastName", "user.lastName")
                .searchable("firstName", "user.firstName")
                .field("client", "client.name")
                .orderBy("lastName")
                .run(request);
    }

    // --- teams ----------------------------------------------------------------------------

    /** Every team for admins; the teams they lead for supervisors. */
    public Page<Team> teams(PageRequest request) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return PagedQuery.of(em, Team.class)
                .where(Tenancy.teams(caller.teams()))
                .searchable("name", "name")
                .field("supervisor", "supervisor.lastName")
                .field("active", "active")
                .orderBy("name")
                .run(request);
    }

    public List<Team> activeTeams() {
        return em.createQuery("select t from Team t where t.active = true order by t.name", Team.class).getResultList();
    }

    public List<AppUser> supervisors() {
        return em.createQuery("select u from AppUser u join u.roles r where r = :role and u.active = true order by u.lastName",
                AppUser.class).setParameter("role", Role.SUPERVISOR).getResultList();
    }

    public Team createTeam(String name, Long supervisorId) {
        callers.caller().require(Role.ADMIN);
        if (!em.createQuery("select t.id from Team t where t.name = :n", Long.class)
                .setParameter("n", name == null ? null : name.trim()).getResultList().isEmpty()) {
            throw new DomainException("team.name.taken", name);
        }
        Team team = new Team(name, get(supervisorId));
        em.persist(team);
        return team;
    }

    public Team updateTeam(Long teamId, long version, String name, Long supervisorId) {
        callers.caller().require(Role.ADMIN);
        Team team = team(teamId);
        if (team.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        team.setName(name);
        team.ledBy(get(supervisorId));
        return team;
    }

    public Team setTeamActive(Long teamId, boolean active) {
        callers.caller().require(Role.ADMIN);
        Team team = team(teamId);
        if (active) team.activate(); else team.deactivate();
        return team;
    }

    private Team team(Long id) {
        return Optional.ofNullable(em.find(Team.class, id)).orElseThrow(() -> new NotFoundException("team", id));
    }

    private List<Client> clients(Collection<Long> ids) {
        return ids.stream()
                .map(id -> Optional.ofNullable(em.find(Client.class, id)).orElseThrow(() -> new NotFoundException("client", id)))
                .toList();
    }

    /** Roles in a fixed order, so that a change is seen as a change and the log reads the same way each time. */
    private static String rolesOf(AppUser user) {
        return user.getRoles().stream().sorted().map(Role::name).collect(java.util.stream.Collectors.joining(", "));
    }

    private String hash(String username, String password) {
        PasswordPolicy.check(username, password);
        return hasher.generate(password.toCharArray());
    }
}
