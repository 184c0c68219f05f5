package it.cuffia.web.api;

import it.cuffia.crm.application.CustomerData;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.CustomerPhone;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Customers of the caller's clients. Same rules as the consoles: the service decides. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    private CustomerService customers;

    public record CustomerJson(Long id, long version, Long clientId, String client, String firstName, String lastName,
                               String email, String street, String postalCode, String city, String province,
                               boolean active, List<String> phones) {
        static CustomerJson of(Customer c) {
            return new CustomerJson(c.getId(), c.getVersion(), c.getClient().getId(), c.getClient().getName(),
                    c.getFirstName(), c.getLastName(), c.getEmail(), c.getAddress().getStreet(),
                    c.getAddress().getPostalCode(), c.getAddress().getCity(), c.getAddress().getProvince(),
                    c.isActive(), c.getPhones().stream().map(CustomerPhone::getNumber).toList());
        }
    }

    /**
     * A page of a list: the rows from {@code first}, and how many match. With {@code more}, the list was counted up to
     * a limit ({@link PageRequest#COUNT_LIMIT} past {@code first}) and holds more than {@code total} rows: ask on with a
     * larger {@code first} until a page comes back shorter than {@code size}.
     */
    public record PageJson<T>(List<T> items, long total, int first, int size, boolean more) {
        public PageJson(List<T> items, long total, int first, int size) {
            this(items, total, first, size, false);
        }

        static <T, R> PageJson<R> of(Page<T> page, java.util.function.Function<T, R> json, int first, int size) {
            return new PageJson<>(page.items().stream().map(json).toList(), page.total(), first, size, page.more());
        }
    }

    public static class NewCustomerJson extends CustomerData {
        @NotNull
        private Long clientId;
        private String phone;

        public Long getClientId() { return clientId; }
        public void setClientId(Long clientId) { this.clientId = clientId; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    @GET
    @Operation(summary = "Customers of the caller's clients, filtered, sorted and paged",
               description = "Counted up to 10 000 rows past first: \"more\": true says the list holds more than \"total\".")
    public PageJson<CustomerJson> list(@QueryParam("q") String q,
                                       @QueryParam("clientId") Long clientId,
                                       @QueryParam("sort") @DefaultValue("lastName") String sort,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        Map<String, String> filters = new HashMap<>();
        if (q != null) filters.put("q", q);
        if (clientId != null) filters.put("clientId", clientId.toString());
        boolean descending = sort.startsWith("-");
        Page<Customer> page = customers.page(new PageRequest(first, size, sort.replaceFirst("^-", ""), !descending, filters)
                .countingUpTo(PageRequest.COUNT_LIMIT));
        return PageJson.of(page, CustomerJson::of, first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer, if the caller may see it")
    public CustomerJson get(@PathParam("id") Long id) {
        return CustomerJson.of(customers.get(id));
    }

    /** A consent statement: given or withdrawn for a purpose, with where it was collected; {@code version} the one read. */
    public static class ConsentJson {
        @NotNull
        private it.cuffia.crm.domain.ConsentPurpose purpose;
        @NotNull
        private Boolean given;
        @jakarta.validation.constraints.Size(max = 200)
        private String source;
        @NotNull
        private Long version;

        public it.cuffia.crm.domain.ConsentPurpose getPurpose() { return purpose; }
        public void setPurpose(it.cuffia.crm.domain.ConsentPurpose purpose) { this.purpose = purpose; }
        public Boolean getGiven() { return given; }
        public void setGiven(Boolean given) { this.given = given; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    @jakarta.ws.rs.POST
    @Path("{id}/consents")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a consent given or withdrawn (as on the customer page); the customer comes back with its new version")
    public CustomerJson stateConsent(@PathParam("id") Long id, @NotNull @jakarta.validation.Valid ConsentJson body) {
        return CustomerJson.of(customers.stateConsent(id, body.getVersion(), body.getPurpose(), body.getGiven(), body.getSource()));
    }

    @Inject
    private it.cuffia.ticketing.application.CustomerTimelineService timelines;

    public record TimelineJson(java.time.Instant at, String kind, String who, String title, String detail, Long ticketId) {
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The customer's contacts, tickets, notes and data changes, newest first (staff only)")
    public List<TimelineJson> timeline(@PathParam("id") Long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Locale locale = ProblemMappers.locale(headers);
        return timelines.of(id).stream()
                .map(e -> new TimelineJson(e.getAt(), e.getKind().name(), e.getWho(),
                        it.cuffia.web.faces.Messages.text(locale, e.getTitle()), it.cuffia.web.faces.Messages.text(locale, e.getDetail()),
                        e.getTicketId()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a customer of one of the caller's clients")
    public Response create(@NotNull @Valid NewCustomerJson body) {
        Customer created = customers.create(body.getClientId(), body, body.getPhone() == null ? List.of() : List.of(body.getPhone()));
        return Response.created(UriBuilder.fromResource(CustomerResource.class).path("{id}").build(created.getId()))
                .entity(CustomerJson.of(created)).build();
    }
}
