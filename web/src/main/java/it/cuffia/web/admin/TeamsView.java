package it.cuffia.web.admin;

import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.identity.domain.Team;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Teams with their supervisor and members; the sales staff of the clients. */
@Named
@ViewScoped
public class TeamsView implements Serializable {

    @Inject
    private UserService users;

    private ServiceLazyModel<Team> model;
    private ServiceLazyModel<SalesPerson> salesModel;
    private Long editingId;
    private long editingVersion;
    @NotBlank
    @Size(max = 80)
    private String name;
    @NotNull
    private Long supervisorId;
    private Team selected;
    private List<Agent> members = List.of();

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(users::teams);
        salesModel = new ServiceLazyModel<>(users::salesStaff);
    }

    public void create() {
        editingId = null;
        name = null;
        supervisorId = null;
    }

    public void edit(Team team) {
        editingId = team.getId();
        editingVersion = team.getVersion();
        name = team.getName();
        supervisorId = team.getSupervisor().getId();
    }

    public void save() {
        if (editingId == null) {
            users.createTeam(name, supervisorId);
        } else {
            users.updateTeam(editingId, editingVersion, name, supervisorId);
        }
        Messages.info("saved");
    }

    public void showMembers(Team team) {
        selected = team;
        members = users.agentsOfTeam(team.getId());
    }

    public void toggleActive(Team team) {
        users.setTeamActive(team.getId(), !team.isActive());
        Messages.info(team.isActive() ? "deactivated" : "activated");
    }

    public List<AppUser> getSupervisorChoices() { return users.supervisors(); }
    public ServiceLazyModel<Team> getModel() { return model; }
    public ServiceLazyModel<SalesPerson> getSalesModel() { return salesModel; }
    public boolean isEditingExisting() { return editingId != null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getSupervisorId() { return supervisorId; }
    public void setSupervisorId(Long supervisorId) { this.supervisorId = supervisorId; }
    public Team getSelected() { return selected; }
    public List<Agent> getMembers() { return members; }
}
