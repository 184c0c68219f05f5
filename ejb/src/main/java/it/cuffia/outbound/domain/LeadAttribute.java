package it.cuffia.outbound.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A column of a lead file that is no {@link LeadField}: kept with the lead under its header name,
 * its value exactly as written, so that nothing the client sent is dropped.
 */
@Embeddable
public class LeadAttribute implements Serializable {

    public static final int MAX_NAME = 200;
    public static final int MAX_VALUE = 4000;

    @Column(name = "attr_name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "attr_value", nullable = false, length = MAX_VALUE)
    private String value;

    protected LeadAttribute() {
    }

    public LeadAttribute(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public String getValue() { return value; }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeadAttribute that && name.equals(that.name) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
