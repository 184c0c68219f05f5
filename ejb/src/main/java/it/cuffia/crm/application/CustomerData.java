package it.cuffia.crm.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A customer's data as typed in a form or sent to the API; validated before it reaches an entity. */
public class CustomerData implements Serializable {

    @NotBlank
    @Size(max = 80)
    private String firstName;
    @NotBlank
    @Size(max = 80)
    private String lastName;
    @Email
    @Size(max = 160)
    private String email;
    @Size(max = 160)
    private String street;
    @Pattern(regexp = "|\\d{5}", message = "{address.postalCode.pattern}")
    private String postalCode;
    @Size(max = 80)
    private String city;
    @Pattern(regexp = "|[A-Za-z]{2}", message = "{address.province.pattern}")
    private String province;

    public static CustomerData of(it.cuffia.crm.domain.Customer c) {
        CustomerData d = new CustomerData();
        d.firstName = c.getFirstName();
        d.lastName = c.getLastName();
        d.email = c.getEmail();
        d.street = c.getAddress().getStreet();
        d.postalCode = c.getAddress().getPostalCode();
        d.city = c.getAddress().getCity();
        d.province = c.getAddress().getProvince();
        return d;
    }

    void applyTo(it.cuffia.crm.domain.Customer c) {
        c.setFirstName(firstName);
        c.setLastName(lastName);
        c.setEmail(email);
        c.getAddress().setStreet(street);
        c.getAddress().setPostalCode(postalCode);
        c.getAddress().setCity(city);
        c.getAddress().setProvince(province);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
}
