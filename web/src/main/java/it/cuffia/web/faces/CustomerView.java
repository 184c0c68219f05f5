package it.cuffia.web.faces;

import it.cuffia.crm.application.CustomerData;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.CustomerChange;
import it.cuffia.crm.domain.CustomerPhone;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/** One customer: data, phones, consents and the history of every change. */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    @Inject
    private CustomerService customers;

    @Inject
    private it.cuffia.ticketing.application.TicketService tickets;

    private ServiceLazyModel<it.cuffia.ticketing.domain.Ticket> customerTickets;

    @Inject
    private it.cuffia.ticketing.application.CustomerTimelineService timelines;

    private java.util.List<it.cuffia.ticketing.application.TimelineEntry> timeline;

    private Long id;
    private Customer customer;
    @Valid
    private CustomerData data;
    private String newPhone;
    private ConsentPurpose purpose = ConsentPurpose.MARKETING;
    private boolean given = true;
    private String source;
    private ServiceLazyModel<CustomerChange> history;

    /** f:viewAction: loads the customer named in the URL, if the caller may see it. */
    public void load() {
        customer = customers.get(ViewParameterGuard.required(id, "customer"));
        data = CustomerData.of(customer);
        history = new ServiceLazyModel<>(request -> customers.history(id, request));
    }

    public void save() {
        refresh(customers.update(id, customer.getVersion(), data));
        Messages.info("saved");
    }

    public void addPhone() {
        refresh(customers.addPhone(id, customer.getVersion(), newPhone));
        newPhone = null;
    }

    public void removePhone(CustomerPhone phone) {
        refresh(customers.removePhone(id, customer.getVersion(), phone.getNumber()));
    }

    public void stateConsent() {
        refresh(customers.stateConsent(id, customer.getVersion(), purpose, given, source));
        source = null;
    }

    public void toggleActive() {
        refresh(customers.setActive(id, customer.getVersion(), !customer.isActive()));
    }

    private void refresh(Customer saved) {
        customer = saved;
        timeline = null;
        data = CustomerData.of(saved);
    }

    /** This customer's tickets, newest first (staff only: the model is made when the page asks for it). */
    public ServiceLazyModel<it.cuffia.ticketing.domain.Ticket> getTickets() {
        if (customerTickets == null) {
            customerTickets = new ServiceLazyModel<>(tickets::page).withFilter("customerId", String.valueOf(id))
                    .withDefaultSort("openedAt", false);
        }
        return customerTickets;
    }

    /** Contacts, tickets, notes and data changes in one list (staff only: made when the page asks for it). */
    public java.util.List<it.cuffia.ticketing.application.TimelineEntry> getTimeline() {
        if (timeline == null) {
            timeline = timelines.of(id);
        }
        return timeline;
    }

    public ConsentPurpose[] getPurposes() { return ConsentPurpose.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Customer getCustomer() { return customer; }
    public CustomerData getData() { return data; }
    public String getNewPhone() { return newPhone; }
    public void setNewPhone(String newPhone) { this.newPhone = newPhone; }
    public ConsentPurpose getPurpose() { return purpose; }
    public void setPurpose(ConsentPurpose purpose) { this.purpose = purpose; }
    public boolean isGiven() { return given; }
    public void setGiven(boolean given) { this.given = given; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public ServiceLazyModel<CustomerChange> getHistory() { return history; }
}
