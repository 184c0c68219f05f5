package it.cuffia.web.security;

import java.time.Duration;
import java.util.Set;

/**
 * How long a console session may stay idle. Agents wait for calls on a console that makes no periodic
 * requests (calls arrive by push), so the 30 minutes of web.xml would log an agent out between two calls
 * and the next call would ring at nobody: an agent's session lasts a shift of idleness
 * ({@code cuffia.session.agentIdleMinutes}, default 8 hours); the others keep web.xml's.
 */
final class SessionTimeouts {

    static final Duration AGENT_DEFAULT = Duration.ofHours(8);

    private SessionTimeouts() {
    }

    /** The idle time for a login with these groups, or empty for web.xml's. */
    static java.util.Optional<Duration> forGroups(Set<String> groups, Integer configuredAgentMinutes) {
        if (!groups.contains("AGENT")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(configuredAgentMinutes != null && configuredAgentMinutes > 0
                ? Duration.ofMinutes(configuredAgentMinutes) : AGENT_DEFAULT);
    }
}
