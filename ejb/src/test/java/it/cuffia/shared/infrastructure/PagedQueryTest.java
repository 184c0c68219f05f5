package it.cuffia.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Customer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedQueryTest {

    /** The customers' list as CustomerService declares it (no query is run: the decision is the query's own). */
    private static PagedQuery<Customer> customers() {
        return PagedQuery.of(null, Customer.class)
                .searchable("lastName", "lastName")
                .searchable("firstName", "firstName")
                .searchable("city", "address.city")
                .field("province", "address.province")
                .field("address.province", "address.province");
    }

    @Test
    void aSearchOfTheSortColumnSortsTheMatchesInsteadOfWalkingTheSortIndex() {
        assertTrue(customers().sortsItsOwnMatches("lastName", Map.of("q", "bianchi")),
                "q searches the surname: the Bianchi sit together in surname order");
        assertTrue(customers().sortsItsOwnMatches("address.city", Map.of("q", " rom ")), "q searches the city too");
        assertTrue(customers().sortsItsOwnMatches("lastName", Map.of("lastName", "ross")), "the column's own filter");
        assertTrue(customers().sortsItsOwnMatches("address.province", Map.of("address.province", "MIL")),
                "a filter named by the row's property path");
    }

    @Test
    void otherwiseTheSortIndexIsWalked() {
        assertFalse(customers().sortsItsOwnMatches("lastName", Map.of()), "no filter: the first rows of the index");
        assertFalse(customers().sortsItsOwnMatches("lastName", Map.of("q", "bi")),
                "two letters find nothing through a trigram index: the table is read whatever the order");
        assertFalse(customers().sortsItsOwnMatches("lastName", Map.of("firstName", "giulia")),
                "another column's matches are spread over the surname order");
        assertFalse(customers().sortsItsOwnMatches("address.province", Map.of("q", "milano")),
                "the province is not searched by q");
        assertFalse(customers().sortsItsOwnMatches("lastName", Map.of("lastName", "  ")), "a blank filter filters nothing");
    }
}
