package it.cuffia.web.kpi;

import it.cuffia.kpi.application.ChannelKpiService;
import it.cuffia.kpi.domain.ChannelFigures;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.MonthParam;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** The KPI page's "Channels" table (issue 14 §5): a month's volume and first response per client and channel. */
@Named
@ViewScoped
public class ChannelKpiView implements Serializable {

    @Inject
    private ChannelKpiService channels;
    @Inject
    private Clock clock;

    private String month;
    private List<ChannelFigures> rows;

    @PostConstruct
    void defaults() {
        month = thisMonth().toString();
    }

    public void load() {
        YearMonth parsed = MonthParam.parse(month);
        rows = channels.month(parsed == null ? thisMonth() : parsed);
    }

    public List<ChannelFigures> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public String exportName() {
        return "kpi-channels-" + month;
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Zones.ROME));
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
