package it.cuffia.channels.domain;

import it.cuffia.contact.domain.Channel;
import java.util.Comparator;
import java.util.List;

/** A client's routing rules in their order: the first that matches a ticket decides for it. */
public final class RoutingRules {

    private final List<RoutingRule> rules;

    public RoutingRules(List<RoutingRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(RoutingRule::getPosition)).toList();
    }

    public RoutingDecision route(Channel channel, String receivingAddress, String subject) {
        return rules.stream().filter(r -> r.matches(channel, receivingAddress, subject)).findFirst()
                .map(RoutingRule::decision).orElse(RoutingDecision.NONE);
    }

    /** The rules in their order, numbered 1, 2, 3… again (after one was removed or moved). */
    public List<RoutingRule> renumbered() {
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).moveTo(i + 1);
        }
        return rules;
    }

    /** Swaps the rule with its neighbour above (up) or below. */
    public void move(RoutingRule rule, boolean up) {
        int at = rules.indexOf(rule);
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= rules.size()) {
            return;
        }
        renumbered();
        rules.get(at).moveTo(other + 1);
        rules.get(other).moveTo(at + 1);
    }
}
