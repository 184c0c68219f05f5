package it.cuffia.web.security;

import it.cuffia.identity.application.ApiTokenService;
import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.ApiToken;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Every user's own account: their password and the API tokens of their programs. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    /** A new token's validity unless the person chooses another: a quarter, so that forgotten tokens die. */
    static final int DEFAULT_VALIDITY_DAYS = 90;

    @Inject
    private UserService users;
    @Inject
    private ApiTokenService tokens;
    @Inject
    private Clock clock;

    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private LocalDate tokenValidThrough;
    private String issuedSecret;
    private List<ApiToken> myTokens;

    @PostConstruct
    void init() {
        tokenValidThrough = today().plusDays(DEFAULT_VALIDITY_DAYS);
        myTokens = tokens.mine();
    }

    public void changePassword() {
        users.changeOwnPassword(currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        Messages.info("account.password.changed");
    }

    public void issueToken() {
        ApiToken.Issued issued = tokens.issue(tokenName, tokenValidThrough);
        issuedSecret = issued.secret();
        tokenName = null;
        myTokens = tokens.mine();
        Messages.info("token.issued");
    }

    public void revoke(ApiToken token) {
        tokens.revoke(token.getId());
        myTokens = tokens.mine();
        Messages.info("token.revoked", token.getName());
    }

    /** The state of a token as a message key: working, expired or revoked. */
    public String stateOf(ApiToken token) {
        return "token.state." + token.stateAt(clock.instant()).name();
    }

    public LocalDate getLatestValidThrough() {
        return today().plusDays(ApiToken.LONGEST_VALIDITY_DAYS);
    }

    public LocalDate getToday() {
        return today();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.ROME));
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public LocalDate getTokenValidThrough() { return tokenValidThrough; }
    public void setTokenValidThrough(LocalDate tokenValidThrough) { this.tokenValidThrough = tokenValidThrough; }
    public String getIssuedSecret() { return issuedSecret; }
    public List<ApiToken> getMyTokens() { return myTokens; }
    public int getMinPasswordLength() { return it.cuffia.identity.domain.PasswordPolicy.MIN_LENGTH; }
}
