package it.cuffia.crm.domain;

import it.cuffia.shared.domain.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The customer's data as people see it, field by field. Two snapshots, before and after an
 * edit, give the history rows: one per field whose value changed.
 */
public final class CustomerSnapshot {

    private final Map<String, String> fields;

    private CustomerSnapshot(Map<String, String> fields) {
        this.fields = fields;
    }

    public static CustomerSnapshot of(Customer customer) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstName", customer.getFirstName());
        f.put("lastName", customer.getLastName());
        f.put("email", customer.getEmail());
        Address a = customer.getAddress();
        f.put("address.street", a.getStreet());
        f.put("address.postalCode", a.getPostalCode());
        f.put("address.city", a.getCity());
        f.put("address.province", a.getProvince());
        f.put("address.country", a.getCountry());
        f.put("active", String.valueOf(customer.isActive()));
        f.put("phones", customer.getPhones().stream()
                .map(p -> p.getNumber() + (p.isValid() ? "" : " ✗"))
                .collect(Collectors.joining(", ")));
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            f.put("consent." + purpose.name(), customer.consentFor(purpose)
                    .map(c -> (c.isGiven() ? "given" : "withdrawn") + " (" + c.getSource() + ")")
                    .orElse(null));
        }
        return new CustomerSnapshot(f);
    }

    public List<FieldChange> changesTo(CustomerSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, before) -> {
            String now = after.fields.get(field);
            if (!Objects.equals(emptyToNull(before), emptyToNull(now))) {
                changes.add(new FieldChange(field, emptyToNull(before), emptyToNull(now)));
            }
        });
        return changes;
    }

    /** A field of the history as people read it: {@code customer.field.address.city} → "Città". */
    public static Text fieldText(String field) {
        return Text.of("customer.field." + field);
    }

    /**
     * A value of the history as people read it: whether the customer is active and the state of a
     * consent by their labels ("Concesso (telefonata)"), the rest as it was typed.
     */
    public static Text valueText(String field, String value) {
        if (value == null) {
            return null;
        }
        if (field.equals("active")) {
            return Text.of(Boolean.parseBoolean(value) ? "active" : "inactive");
        }
        if (field.startsWith("consent.")) {
            for (String state : List.of("given", "withdrawn")) {
                if (value.startsWith(state + " (") && value.endsWith(")")) {
                    return Text.of("customer.consent.value", Text.of("consent." + state),
                            value.substring(state.length() + 2, value.length() - 1));
                }
            }
        }
        return Text.literal(value);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
