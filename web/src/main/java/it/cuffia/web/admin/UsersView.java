package it.cuffia.web.admin;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.UserDetails;
import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.Team;
import it.cuffia.shared.domain.Money;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Admin console: users and roles; for agents, clients, team and contracts; for sales staff, the client. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    private UserService users;

    @Inject
    private ClientService clients;

    @Inject
    private java.time.Clock clock;

    private ServiceLazyModel<AppUser> model;

    @Valid
    private AppUser editing;
    private Long editingId;
    private long editingVersion;
    private List<String> roles = new ArrayList<>();
    @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.pattern}")
    private String username;
    private String password;

    // agent profile of the user being edited
    private Agent agent;
    private String employeeCode;
    private List<Long> clientIds = new ArrayList<>();
    private Long teamId;
    private ContractType contractType = ContractType.FULL_TIME;
    private Integer weeklyHours = 40;
    @Positive // "deve essere maggiore di zero" (the default of @DecimalMin read "superiore a o uguale a 0.01")
    private BigDecimal monthlySalary;
    @NotNull
    private LocalDate validFrom;
    private LocalDate validTo;

    // sales staff
    private Long salesClientId;
    private boolean salesClientFixed;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(users::page);
    }

    public void create() {
        editing = new AppUser(null, null, null, List.of(Role.AGENT));
        editingId = null;
        roles = new ArrayList<>(List.of(Role.AGENT.name()));
        username = null;
        password = null;
        agent = null;
        clientIds = new ArrayList<>();
        teamId = null;
        employeeCode = null;
        salesClientId = null;
        salesClientFixed = false;
        resetContractForm();
    }

    public void edit(AppUser row) {
        editing = users.get(row.getId());
        editingId = editing.getId();
        editingVersion = editing.getVersion();
        roles = new ArrayList<>(editing.getRoles().stream().map(Role::name).toList());
        username = editing.getUsername();
        password = null;
        loadAgent();
        resetContractForm();
    }

    private void loadAgent() {
        agent = users.agentOf(editing).orElse(null);
        clientIds = agent == null ? new ArrayList<>() : new ArrayList<>(agent.getClients().stream().map(Client::getId).toList());
        teamId = agent == null || agent.getTeam() == null ? null : agent.getTeam().getId();
        employeeCode = agent == null ? null : agent.getEmployeeCode();
        salesClientId = users.salesPersonOf(editing).map(s -> s.getClient().getId()).orElse(null);
        salesClientFixed = salesClientId != null;
    }

    /** Saves the dialog in one go: the user and what their roles need, a contract typed and not added yet included. */
    public void save() {
        AppUser user = new AppUser(username, editing.getFirstName(), editing.getLastName(), selectedRoles());
        user.setEmail(editing.getEmail());
        UserDetails details = new UserDetails(user, password, clientIds, teamId,
                hasRoleSelected("AGENT") && monthlySalary != null ? terms() : null, salesClientId, employeeCode);
        if (editingId == null) {
            Messages.info("user.created", users.create(details).getUsername());
        } else {
            users.update(editingId, editingVersion, details);
            Messages.info("saved");
        }
        editing = null;
    }

    public void addContract() {
        users.addContract(editingId, terms());
        agent = users.agent(editingId);
        resetContractForm();
        Messages.info("contract.added");
    }

    private ContractTerms terms() {
        return new ContractTerms(contractType, weeklyHours == null ? 0 : weeklyHours,
                monthlySalary == null ? null : Money.entered(monthlySalary), validFrom, validTo);
    }

    private void resetContractForm() {
        contractType = ContractType.FULL_TIME;
        weeklyHours = 40;
        monthlySalary = null;
        validFrom = LocalDate.now(clock);
        validTo = null;
    }

    public void toggleActive(AppUser row) {
        users.setActive(row.getId(), !row.isActive());
        Messages.info(row.isActive() ? "deactivated" : "activated");
    }

    public List<Client> getClientChoices() { return clients.choosable(); }
    public List<Team> getTeamChoices() { return users.activeTeams(); }
    public Role[] getRoleChoices() { return Role.values(); }
    public ContractType[] getContractTypes() { return ContractType.values(); }

    public ServiceLazyModel<AppUser> getModel() { return model; }
    public AppUser getEditing() { return editing; }
    public boolean isEditingExisting() { return editingId != null; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }

    public boolean hasRoleSelected(String role) {
        return roles != null && roles.contains(role);
    }

    private List<Role> selectedRoles() {
        return roles == null ? List.of() : roles.stream().map(Role::valueOf).toList();
    }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Agent getAgent() { return agent; }
    public List<Long> getClientIds() { return clientIds; }
    public void setClientIds(List<Long> clientIds) { this.clientIds = clientIds; }
    public String getEmployeeCode() { return employeeCode; }
    public void setEmployeeCode(String employeeCode) { this.employeeCode = employeeCode; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType contractType) { this.contractType = contractType; }
    public Integer getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(Integer weeklyHours) { this.weeklyHours = weeklyHours; }
    public BigDecimal getMonthlySalary() { return monthlySalary; }
    public void setMonthlySalary(BigDecimal monthlySalary) { this.monthlySalary = monthlySalary; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    /**
     * A sales person works for one client company (its appointments are booked for them): the client is shown, not
     * offered for change, which the save would not make.
     */
    public boolean isSalesClientFixed() {
        return salesClientFixed;
    }

    public Long getSalesClientId() { return salesClientId; }
    public void setSalesClientId(Long salesClientId) { this.salesClientId = salesClientId; }
}
