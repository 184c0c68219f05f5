package it.cuffia.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** A postal address, Italian by default (CAP of five digits, province as its two-letter code). */
@Embeddable
public class Address implements Serializable {

    @Size(max = 160)
    @Column(length = 160)
    private String street;

    @Pattern(regexp = "\\d{5}", message = "{address.postalCode.pattern}")
    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Size(max = 80)
    @Column(length = 80)
    private String city;

    @Pattern(regexp = "[A-Z]{2}", message = "{address.province.pattern}")
    @Column(length = 2)
    private String province;

    @Pattern(regexp = "[A-Z]{2}")
    @Column(length = 2)
    private String country = "IT";

    public Address() {
    }

    public Address(String street, String postalCode, String city, String province) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.province = province;
    }

    public Address copy() {
        Address copy = new Address(street, postalCode, city, province);
        copy.country = country;
        return copy;
    }

    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = blankToNull(street); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = blankToNull(postalCode); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = blankToNull(city); }
    public String getProvince() { return province; }
    public void setProvince(String province) {
        this.province = province == null || province.isBlank() ? null : province.trim().toUpperCase();
    }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "IT" : country.trim().toUpperCase(); }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return String.join(" ", Objects.toString(street, ""), Objects.toString(postalCode, ""),
                Objects.toString(city, ""), province == null ? "" : "(" + province + ")").trim().replaceAll(" +", " ");
    }
}
