package it.cuffia.web.api;

import it.cuffia.kpi.application.ChannelKpiService;
import it.cuffia.kpi.domain.ChannelFigures;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.MonthParam;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * KPIs for programs (supervisors and admins, each within their clients, as on the KPI page): the figures per
 * channel of a month (issue 14 §5). Rows per client and channel, then per channel over all clients in view
 * ({@code clientId} null), then the overall total ({@code channel} null too); times in seconds, {@code null}
 * where nothing was answered.
 */
@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    @Inject
    private ChannelKpiService channels;
    @Inject
    private Clock clock;

    /** {@code month} as yyyy-MM, the current month (Rome) when left out; another text is a 422 problem. */
    @GET
    @Path("channels")
    public List<ChannelFigures> channels(@QueryParam("month") String month) {
        YearMonth parsed = MonthParam.parse(month);
        return channels.month(parsed == null ? YearMonth.now(clock.withZone(Zones.ROME)) : parsed);
    }
}
