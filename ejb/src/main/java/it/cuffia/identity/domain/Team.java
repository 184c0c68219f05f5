package it.cuffia.identity.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team of agents led by a supervisor (team leader). */
@Entity
@Table(name = "team")
public class Team extends AbstractEntity {

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supervisor_id")
    private AppUser supervisor;

    @Column(nullable = false)
    private boolean active = true;

    protected Team() {
    }

    public Team(String name, AppUser supervisor) {
        this.name = name;
        ledBy(supervisor);
    }

    public final void ledBy(AppUser newSupervisor) {
        if (newSupervisor == null || !newSupervisor.hasRole(Role.SUPERVISOR)) {
            throw new DomainException("team.supervisor.role", newSupervisor == null ? "" : newSupervisor.getUsername());
        }
        this.supervisor = newSupervisor;
    }

    public void deactivate() { active = false; }
    public void activate() { active = true; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.trim(); }
    public AppUser getSupervisor() { return supervisor; }
    public boolean isActive() { return active; }
}
