package it.cuffia.web.kpi;

import it.cuffia.kpi.application.KpiService;
import it.cuffia.kpi.application.ScopeResult;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.shared.domain.Zones;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.Paragraph;
import it.cuffia.web.faces.Charts;
import it.cuffia.web.faces.Formats;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.MonthParam;
import it.cuffia.web.faces.PdfExports;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.export.PDFOptions;

/**
 * A month's KPIs per agent, team, campaign or client (supervisors: agents and teams; admins:
 * clients and campaigns too), with a chart of the chosen KPI and CSV/XLSX/PDF export.
 */
@Named
@ViewScoped
public class KpiReportView implements Serializable {

    @jakarta.annotation.PostConstruct
    void defaults() {
        month = YearMonth.now(clock.withZone(Zones.ROME)).toString();
    }


    @Inject private KpiService kpis;
    @Inject private Formats formats;

    private String month;
    @Inject private java.time.Clock clock;
    private ScopeKind scope;
    private Kpi chartKpi = Kpi.CONVERSION_RATE;
    private List<ScopeResult> rows;

    public void load() {
        YearMonth parsed = MonthParam.parse(month);
        rows = kpis.monthReport(parsed == null ? YearMonth.now(clock.withZone(Zones.ROME)) : parsed, scope == null ? ScopeKind.AGENT : scope);
    }

    public List<ScopeResult> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public String getChart() {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        List<Number> targets = new ArrayList<>();
        boolean anyTarget = false;
        for (ScopeResult row : getRows()) {
            labels.add(row.name());
            BigDecimal value = row.value(chartKpi);
            values.add(value == null ? null : value);
            BigDecimal target = row.targets().get(chartKpi);
            anyTarget |= target != null;
            targets.add(target);
        }
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(Messages.text("kpi." + chartKpi), values));
        if (anyTarget) {
            series.add(new Charts.Series(Messages.text("kpi.target"), targets));
        }
        return Charts.bar(labels, series);
    }

    /** The PDF export on an A4 landscape page: fifteen KPI columns do not fit a portrait one. */
    public PDFOptions getPdfOptions() {
        return PdfExports.landscape();
    }

    /** The PDF export's title and period above the table (PrimeFaces calls this with the open document). */
    public void pdfTitle(Object document) {
        Document pdf = (Document) document;
        YearMonth period = MonthParam.parse(month);
        pdf.add(new Paragraph(Messages.text("menu.kpiReports") + " · " + Messages.text("kpi.scope." + (scope == null ? ScopeKind.AGENT : scope)),
                FontFactory.getFont(PdfExports.SANS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, 14, Font.BOLD)));
        pdf.add(new Paragraph(Messages.text("pay.month") + ": " + (period == null ? month : formats.month(period)),
                FontFactory.getFont(PdfExports.SANS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, 10)));
        pdf.add(new Paragraph(" "));
    }

    public String exportName() {
        return "kpi-" + (scope == null ? "agent" : scope.name().toLowerCase()) + "-" + month;
    }

    public Kpi[] getKpis() { return Kpi.values(); }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public ScopeKind getScope() { return scope; }
    public void setScope(ScopeKind scope) { this.scope = scope; }
    public Kpi getChartKpi() { return chartKpi; }
    public void setChartKpi(Kpi chartKpi) { this.chartKpi = chartKpi; }
}
