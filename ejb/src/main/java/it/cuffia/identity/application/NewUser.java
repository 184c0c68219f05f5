package it.cuffia.identity.application;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import java.util.List;

/** A user to create, with what their roles need: an agent's clients, team and contract; a sales person's client. */
public record NewUser(AppUser user, String password, List<Long> clientIds, Long teamId,
                      ContractTerms contract, Long salesClientId, String employeeCode) {

    public NewUser {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
    }
}
