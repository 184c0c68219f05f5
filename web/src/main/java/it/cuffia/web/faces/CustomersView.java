package it.cuffia.web.faces;

import it.cuffia.shared.application.PageRequest;
import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.application.CustomerData;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/** The customer list of every area: each person sees the customers of their own clients only. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    @Inject
    private CustomerService customers;

    @Inject
    private ClientService clients;

    private ServiceLazyModel<Customer> model;
    private String search;
    @Valid
    private CustomerData creating;
    @NotNull
    private Long clientId;
    private String phone;

    @PostConstruct
    void init() {
        // a million customers: "more than 10 000" rather than a count of every match (bench/RESULTS.md, list screens)
        model = new ServiceLazyModel<>(customers::page).countingUpTo(PageRequest.COUNT_LIMIT);
    }

    public void applySearch() {
        model.withFilter("q", search);
    }

    public void create() {
        creating = new CustomerData();
        clientId = null;
        phone = null;
    }

    public void save() {
        Customer customer = customers.create(clientId, creating, List.of(phone == null ? "" : phone));
        Messages.info("customer.created", customer.getFullName());
        creating = null;
    }

    public List<Client> getClientChoices() { return clients.choosable(); }
    public ServiceLazyModel<Customer> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public CustomerData getCreating() { return creating; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
