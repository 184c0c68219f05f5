package it.cuffia.web.admin;

import it.cuffia.identity.application.ApiTokenService;
import it.cuffia.identity.domain.ApiToken;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admins see every working API token and revoke any of them. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    @Inject
    private ApiTokenService tokens;

    private List<ApiToken> working;

    @PostConstruct
    void init() {
        working = tokens.working();
    }

    public void revoke(ApiToken token) {
        tokens.revoke(token.getId());
        working = tokens.working();
        Messages.info("token.revoked", token.getName());
    }

    public List<ApiToken> getWorking() { return working; }
}
