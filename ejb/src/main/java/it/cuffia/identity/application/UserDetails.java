package it.cuffia.identity.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import java.util.List;

/**
 * A user as the admin's dialog has them, with what their roles need: an agent's clients, team, code and a contract to
 * add; a sales person's client. On an existing user, an empty password keeps theirs and no contract adds none.
 */
public record UserDetails(AppUser user, String password, List<Long> clientIds, Long teamId,
                          ContractTerms contract, Long salesClientId, String employeeCode) {

    public UserDetails {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
    }

    boolean changesPassword() {
        return password != null && !password.isBlank();
    }
}
