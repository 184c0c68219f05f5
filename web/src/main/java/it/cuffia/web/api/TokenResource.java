package it.cuffia.web.api;

import it.cuffia.identity.application.ApiTokenService;
import it.cuffia.identity.domain.ApiToken;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.web.security.CuffiaAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's own API tokens, as on the account page. A token is issued only to a caller who proved
 * who they are with a password or a console session: a stolen token cannot breed tokens that outlive it.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    public record TokenJson(Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, String state) {
        static TokenJson of(ApiToken t, Instant now) {
            return new TokenJson(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.stateAt(now).name());
        }
    }

    /** The secret appears in this answer only. */
    public record IssuedJson(Long id, String name, Instant expiresAt, String token) {
    }

    public static class NewTokenJson {
        private String name;
        @NotNull
        private LocalDate validThrough;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getValidThrough() { return validThrough; }
        public void setValidThrough(LocalDate validThrough) { this.validThrough = validThrough; }
    }

    @GET
    @Operation(summary = "The caller's tokens, newest first (secrets are never shown again)")
    public List<TokenJson> mine() {
        Instant now = clock.instant();
        return tokens.mine().stream().map(t -> TokenJson.of(t, now)).toList();
    }

    @POST
    @Operation(summary = "Issues a token valid through the given day (at most a year); needs a password or session, not a token")
    public Response issue(@NotNull @Valid NewTokenJson body) {
        if (Boolean.TRUE.equals(request.getAttribute(CuffiaAuthenticationMechanism.BY_TOKEN))) {
            throw new ForbiddenException("token.byToken");
        }
        ApiToken.Issued issued = tokens.issue(body.getName(), body.getValidThrough());
        ApiToken token = issued.token();
        return Response.created(UriBuilder.fromResource(TokenResource.class).path("{id}").build(token.getId()))
                .entity(new IssuedJson(token.getId(), token.getName(), token.getExpiresAt(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes one of the caller's tokens (an admin: anybody's)")
    public Response revoke(@PathParam("id") Long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
