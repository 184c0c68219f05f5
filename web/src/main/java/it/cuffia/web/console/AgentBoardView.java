package it.cuffia.web.console;

import it.cuffia.contact.application.WallboardService;
import it.cuffia.contact.domain.AgentStatePeriod;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The supervisor's live board of the states of their teams' agents (admins: every agent), longest in their state
 * first (reloaded when an agent's state changes, pushed by ConsolePush).
 */
@Named
@RequestScoped
public class AgentBoardView {

    @Inject
    private WallboardService wallboard;

    @Inject
    private Clock clock;

    private List<AgentStatePeriod> live;

    public List<AgentStatePeriod> getLive() {
        if (live == null) {
            live = wallboard.agents(null);
        }
        return live;
    }

    public String since(AgentStatePeriod period) {
        Duration d = period.length(clock.instant());
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
