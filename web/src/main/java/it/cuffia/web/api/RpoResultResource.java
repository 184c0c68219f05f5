package it.cuffia.web.api;

import it.cuffia.outbound.application.DoNotCallService;
import it.cuffia.outbound.domain.RpoResultFile;
import it.cuffia.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The register of oppositions' answers, uploaded as on the do-not-call screen (admins only). */
@Path("rpo-results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RpoResultResource {

    @Inject
    private DoNotCallService doNotCall;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.SecurityContext security;

    /** What was stored, and each refused row by line with the reason in the caller's language. */
    public record ReportJson(int stored, List<RejectionJson> rejected) {
    }

    public record RejectionJson(long line, String reasonKey, String reason, String value) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Stores the register's result file (CSV, UTF-8: number; check date; outcome): good rows are stored, "
            + "bad or future-dated rows are reported by line and not stored")
    public ReportJson upload(byte[] content, @Context HttpHeaders headers) {
        AdminOnly.require(security);
        Locale locale = ProblemMappers.locale(headers);
        RpoResultFile.Report report = doNotCall.importRpo(content == null ? new byte[0] : content);
        return new ReportJson(report.stored(), report.rejected().stream()
                .map(r -> new RejectionJson(r.lineNumber(), r.reasonKey(), Messages.text(locale, r.reasonKey()), r.value()))
                .toList());
    }
}
