package it.cuffia.web.quality;

import it.cuffia.quality.application.Coverage;
import it.cuffia.quality.application.Evaluations;
import it.cuffia.quality.application.QualitySampling;
import it.cuffia.quality.application.SampleRow;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.quality.domain.EvaluationStatus;
import it.cuffia.quality.domain.SamplingWeek;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The supervisor's quality page: the week's sample to evaluate with coverage per agent, and the evaluations made. */
@Named
@ViewScoped
public class QualitySampleView implements Serializable {

    @Inject private QualitySampling sampling;
    @Inject private Evaluations evaluations;
    @Inject private Clock clock;

    private SamplingWeek week;
    private boolean onlyToEvaluate;
    private List<Coverage> coverage;
    private SampleModel sample;
    private ServiceLazyModel<Evaluation> evaluated;
    private EvaluationStatus status;
    private long openDisputes;

    @PostConstruct
    void init() {
        week = SamplingWeek.of(LocalDate.now(clock.withZone(Zones.ROME)));
        sample = new SampleModel(this);
        evaluated = new ServiceLazyModel<>(evaluations::page).withDefaultSort("evaluatedAt", false);
        refresh();
    }

    private void refresh() {
        coverage = sampling.coverage(week);
        openDisputes = evaluations.openDisputes();
    }

    public void previousWeek() {
        week = week.previous();
        refresh();
    }

    public void nextWeek() {
        week = week.next();
        refresh();
    }

    public void filter() {
        evaluated.withFilter("status", status == null ? null : status.name());
    }

    Page<SampleRow> load(PageRequest request) {
        return sampling.sample(week, onlyToEvaluate, request);
    }

    public boolean isCurrentWeek() {
        return week.equals(SamplingWeek.of(LocalDate.now(clock.withZone(Zones.ROME))));
    }

    public EvaluationStatus[] getStatuses() { return EvaluationStatus.values(); }
    public SamplingWeek getWeek() { return week; }
    public List<Coverage> getCoverage() { return coverage; }
    public LazyDataModel<SampleRow> getSample() { return sample; }
    public ServiceLazyModel<Evaluation> getEvaluated() { return evaluated; }
    public boolean isOnlyToEvaluate() { return onlyToEvaluate; }
    public void setOnlyToEvaluate(boolean onlyToEvaluate) { this.onlyToEvaluate = onlyToEvaluate; }
    public EvaluationStatus getStatus() { return status; }
    public void setStatus(EvaluationStatus status) { this.status = status; }
    public long getOpenDisputes() { return openDisputes; }

    /** The sample, paged by the database. */
    static final class SampleModel extends LazyDataModel<SampleRow> {
        private final QualitySampleView view;
        private transient Page<SampleRow> last;

        SampleModel(QualitySampleView view) {
            this.view = view;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) view.load(PageRequest.of(0, 1)).total();
        }

        @Override
        public List<SampleRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            last = view.load(PageRequest.of(first, pageSize));
            setRowCount((int) last.total());
            return last.items();
        }

        @Override
        public String getRowKey(SampleRow row) {
            return String.valueOf(row.interactionId());
        }

        @Override
        public SampleRow getRowData(String rowKey) {
            return last == null ? null : last.items().stream().filter(r -> String.valueOf(r.interactionId()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
