package it.cuffia.identity.domain;

import java.io.Serializable;
import java.util.Set;

/**
 * The teams whose people (their agents' statements) a caller may see: all of them (admins), the
 * ones a supervisor leads, none (anyone else). The twin of {@link ClientScope} for teams.
 */
public record TeamScope(boolean all, Set<Long> teamIds) implements Serializable {

    public TeamScope {
        teamIds = Set.copyOf(teamIds);
    }

    public static TeamScope everything() {
        return new TeamScope(true, Set.of());
    }

    public static TeamScope only(Set<Long> teamIds) {
        return new TeamScope(false, teamIds);
    }

    /** An agent without a team belongs to no supervisor: only admins see them. */
    public boolean allows(Long teamId) {
        return all || teamId != null && teamIds.contains(teamId);
    }
}
