package it.cuffia.web.push;

import java.util.Arrays;
import java.util.Optional;

/**
 * The consoles' push channels. A channel per user (the agent's calls) hears only messages for its caller; the others
 * hear every message, which says no more than "reload" (the page reloads what its reader may see). The roles that may
 * open each one are in web.xml, beside the pages that open it.
 */
public enum PushChannel {

    /** One per agent: a call ringing or ended, a supervisor's notice. */
    AGENT_CALLS("agentCalls", true),
    /** The supervisors' live board: an agent's state changed. */
    SUPERVISOR_BOARD("supervisorBoard", false),
    /** The supervisors' ticket queues: a transaction wrote tickets. */
    TICKET_QUEUES("ticketQueues", false),
    /** The supervisors' campaign monitor: a transaction wrote campaigns or leads. */
    CAMPAIGN_MONITOR("campaignMonitor", false),
    /** The wallboards: a CTI event of a client (its id) or an agent's state change ("agents"). */
    WALLBOARD("wallboard", false);

    private final String path;
    private final boolean perUser;

    PushChannel(String path, boolean perUser) {
        this.path = path;
        this.perUser = perUser;
    }

    /** The last segment of the socket's address, /push/{path}. */
    public String path() {
        return path;
    }

    public boolean perUser() {
        return perUser;
    }

    public static Optional<PushChannel> named(String path) {
        return Arrays.stream(values()).filter(channel -> channel.path.equals(path)).findFirst();
    }
}
