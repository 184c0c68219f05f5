package it.cuffia.web.wallboard;

import it.cuffia.contact.application.WallboardService;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.identity.domain.Team;
import it.cuffia.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What a supervisor does from the wallboard (issue 15 §3), each with a reason the service audits: put an agent into a
 * pause, log them out of the queues, send them or a whole team a message. One dialog, opened for one agent and one
 * action; the team message has its own small form.
 */
@Named
@ViewScoped
public class WallboardActions implements Serializable {

    public enum Action { PAUSE, LOGOUT, MESSAGE }

    @Inject
    private WallboardService wallboard;

    private Action action;
    private String agent;
    private String agentName;
    private String text;
    private Long teamId;
    private String teamText;
    private List<Team> teams;

    /** Opens the dialog for this agent and action. */
    public void open(AgentStatePeriod period, Action chosen) {
        action = chosen;
        agent = period.getAgent().getUsername();
        agentName = period.getAgent().getFullName();
        text = null;
    }

    public void confirm() {
        switch (action) {
            case PAUSE -> {
                wallboard.forcePause(agent, text);
                Messages.info("wallboard.paused", agentName);
            }
            case LOGOUT -> {
                wallboard.forceLogout(agent, text);
                Messages.info("wallboard.loggedOut", agentName);
            }
            case MESSAGE -> {
                wallboard.message(agent, text);
                Messages.info("wallboard.messageSent", agentName);
            }
            default -> throw new IllegalStateException("unknown action " + action);
        }
        text = null;
        org.primefaces.PrimeFaces.current().executeScript("PF('actionDialog').hide()"); // done: a refusal keeps it open with its message
    }

    public void messageTeam() {
        int reached = wallboard.messageTeam(teamId, teamText);
        Messages.info("wallboard.teamMessageSent", reached);
        teamText = null;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = wallboard.teams();
        }
        return teams;
    }

    public Action getAction() { return action; }
    public String getAgentName() { return agentName; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getTeamText() { return teamText; }
    public void setTeamText(String teamText) { this.teamText = teamText; }
}
