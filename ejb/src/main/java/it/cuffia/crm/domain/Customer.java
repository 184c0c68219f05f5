package it.cuffia.crm.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A customer (or prospect) of one client company. */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.BY_PHONES, query = "select p.number, c.id from CustomerPhone p join p.customer c"
        + " where c.client = :client and p.number in :phones order by c.id")
@NamedQuery(name = Customer.WITH_CONSENTS, query = "select distinct c from Customer c left join fetch c.consents where c.id in :ids")
public class Customer extends AbstractEntity {

    /** (number, customer id) of a client's customers with one of the numbers (E.164), oldest customer first. */
    public static final String BY_PHONES = "Customer.byPhones";
    /** Customers by id, with their consent statements. */
    public static final String WITH_CONSENTS = "Customer.withConsents";

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotBlank
    @Size(max = 80)
    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @NotBlank
    @Size(max = 80)
    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Email
    @Size(max = 160)
    @Column(length = 160)
    private String email;

    @Valid
    @Embedded
    private Address address = new Address();

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomerPhone> phones = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("statedAt, id")
    private List<Consent> consents = new ArrayList<>();

    protected Customer() {
    }

    public Customer(Client client, String firstName, String lastName) {
        this.client = client;
        this.firstName = name(firstName, "customer.firstName");
        this.lastName = name(lastName, "customer.lastName");
    }

    public CustomerPhone addPhone(PhoneNumber phone) {
        if (phones.stream().anyMatch(p -> p.getNumber().equals(phone.e164()))) {
            throw new DomainException("customer.phone.duplicate", phone.international());
        }
        CustomerPhone added = new CustomerPhone(this, phone);
        phones.add(added);
        return added;
    }

    public void removePhone(String e164) {
        phones.removeIf(p -> p.getNumber().equals(e164));
    }

    public void giveConsent(ConsentPurpose purpose, Instant at, String source) {
        state(purpose, true, at, source);
    }

    public void withdrawConsent(ConsentPurpose purpose, Instant at, String source) {
        state(purpose, false, at, source);
    }

    private void state(ConsentPurpose purpose, boolean given, Instant at, String source) {
        if (source == null || source.isBlank()) {
            throw new DomainException("consent.source.required");
        }
        if (hasStatementAfter(purpose, at)) {
            throw new DomainException("consent.outOfOrder", purpose, consentFor(purpose).orElseThrow().getStatedAt());
        }
        consents.add(new Consent(this, purpose, given, at, source.trim()));
    }

    /** The statement in force for a purpose: the latest one. */
    /** Statements come in order: one stated before the latest on record cannot be added. */
    public boolean hasStatementAfter(ConsentPurpose purpose, Instant at) {
        return consentFor(purpose).filter(latest -> latest.getStatedAt().isAfter(at)).isPresent();
    }

    public Optional<Consent> consentFor(ConsentPurpose purpose) {
        return consents.stream()
                .filter(c -> c.getPurpose() == purpose)
                .max(Comparator.comparing(Consent::getStatedAt));
    }

    /** Consent is never presumed: no statement means no consent. */
    public boolean hasConsent(ConsentPurpose purpose) {
        return consentFor(purpose).map(Consent::isGiven).orElse(false);
    }

    /**
     * The native SQL twin of {@link #hasConsent}: the customer's latest statement for the purpose gives it.
     * {@code %1$s} is the customer's id column (e.g. {@code l.customer_id}), {@code %2$s} the purpose's name (a
     * parameter). Native SQL: in a statement with a subquery EclipseLink prints a boolean as 1, which H2 refuses
     * for a BOOLEAN column.
     */
    public static final String HAS_CONSENT_SQL = "exists (select 1 from consent k where k.customer_id = %1$s and k.purpose = %2$s"
            + " and k.given = true and not exists (select 1 from consent k2 where k2.customer_id = k.customer_id"
            + " and k2.purpose = k.purpose and k2.stated_at > k.stated_at))";

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Client getClient() { return client; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName == null ? null : name(firstName.trim(), "customer.firstName"); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName == null ? null : name(lastName.trim(), "customer.lastName"); }

    /** A name is one visible line that fits its column. */
    private static String name(String name, String fieldLabelKey) {
        return it.cuffia.shared.domain.PlainText.line(name, fieldLabelKey, 80);
    }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(); }
    public Address getAddress() { return address; }
    public boolean isActive() { return active; }
    public List<CustomerPhone> getPhones() { return List.copyOf(phones); }
    public List<Consent> getConsents() { return List.copyOf(consents); }
}
