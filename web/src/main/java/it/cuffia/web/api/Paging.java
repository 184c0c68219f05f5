package it.cuffia.web.api;

import it.cuffia.shared.domain.DomainException;

/**
 * The paging parameters of list calls. Checked here rather than with {@code @Min}/{@code @Max} on
 * the parameters: Payara 6's OpenAPI generator fails on those (NullPointerException in visitMin).
 */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    static void check(int first, int size) {
        if (first < 0 || size < 1 || size > MAX_SIZE) {
            throw new DomainException("api.paging", MAX_SIZE);
        }
    }
}
