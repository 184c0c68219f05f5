package it.cuffia.outbound.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import does with one column of the file: it fills one or more fields, or it is kept
 * with each lead as a named attribute. No column is ever dropped; the mapping screen shows this.
 *
 * @param index  0-based
 * @param header the header as written, trimmed
 * @param fields the fields read from this column; empty when it is kept as an attribute
 */
public record LeadColumn(int index, String header, List<LeadField> fields) {

    public LeadColumn {
        fields = List.copyOf(fields);
    }

    /** Every column of a file under a mapping (complete or not), in file order. */
    public static List<LeadColumn> of(List<String> headers, Map<LeadField, Integer> mapping) {
        List<LeadColumn> columns = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            List<LeadField> fields = mapping.entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getValue() == index).map(Map.Entry::getKey).sorted().toList();
            columns.add(new LeadColumn(i, headers.get(i), fields));
        }
        return columns;
    }

    public boolean keptAsAttribute() {
        return fields.isEmpty();
    }

    /** The attribute's name: the header, or "#n" (1-based) for a column without one. */
    public String attributeName() {
        String name = header.isBlank() ? "#" + (index + 1) : header;
        return name.length() > LeadAttribute.MAX_NAME ? name.substring(0, LeadAttribute.MAX_NAME) : name;
    }
}
