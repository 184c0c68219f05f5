package it.cuffia.scripts.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The call's data in a step's text: {customer.firstName}, {offer.name}, {today}… Values are put in
 * as text, never as HTML, so a customer called "<b>Rossi</b>" reads exactly that.
 */
public final class Placeholders {

    public static final List<String> KNOWN = List.of("customer.firstName", "customer.lastName", "customer.fullName",
            "customer.phone", "customer.city", "agent.firstName", "agent.fullName", "client.name", "campaign.name",
            "offer.name", "offer.price", "today", "now");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})}");

    private Placeholders() {
    }

    /** The values of a call: who is called, by whom, for which client, campaign and offer. */
    public static java.util.Map<String, String> valuesOf(it.cuffia.crm.domain.Customer customer, String phone,
            it.cuffia.identity.domain.AppUser agent, it.cuffia.crm.domain.Client client, it.cuffia.outbound.domain.Campaign campaign,
            it.cuffia.outbound.domain.Offer offer, java.util.Locale locale, java.time.ZonedDateTime now) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        if (customer != null) {
            values.put("customer.firstName", customer.getFirstName());
            values.put("customer.lastName", customer.getLastName());
            values.put("customer.fullName", customer.getFullName());
            if (customer.getAddress() != null) {
                values.put("customer.city", customer.getAddress().getCity());
            }
        }
        values.put("customer.phone", phone);
        if (agent != null) {
            values.put("agent.firstName", agent.getFirstName());
            values.put("agent.fullName", agent.getFullName());
        }
        values.put("client.name", client.getName());
        if (campaign != null) {
            values.put("campaign.name", campaign.getName());
        }
        if (offer != null) {
            values.put("offer.name", offer.getName());
            values.put("offer.price", offer.getPrice().format(locale));
        }
        values.put("today", java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale).format(now));
        values.put("now", java.time.format.DateTimeFormatter.ofPattern("HH:mm", locale).format(now));
        return values;
    }

    /** The placeholders written in a text (rich or plain), in order of appearance. */
    public static Set<String> used(String text) {
        Set<String> used = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(Jsoup.parseBodyFragment(text).body().text());
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        return used;
    }

    /** The placeholders of a text that the suite does not know. */
    public static Set<String> unknown(String text) {
        Set<String> unknown = used(text);
        unknown.removeAll(KNOWN);
        return unknown;
    }

    /**
     * A cleaned rich text with the placeholders filled in; a value the call does not have (no offer,
     * no customer yet) shows as "—".
     */
    public static String render(String cleanHtml, Map<String, String> values) {
        if (cleanHtml == null) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(cleanHtml).body();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(fill(text.getWholeText(), values));
            }
        }, body);
        return body.html();
    }

    /** A plain text (a title, an answer) with the placeholders filled in; the page escapes it. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = KNOWN.contains(name) ? values.getOrDefault(name, "—") : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null || value.isBlank() ? "—" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
