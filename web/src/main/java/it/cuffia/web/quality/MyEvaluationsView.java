package it.cuffia.web.quality;

import it.cuffia.quality.application.Evaluations;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The agent's own evaluations, newest first. */
@Named
@ViewScoped
public class MyEvaluationsView implements Serializable {

    @Inject private Evaluations evaluations;

    private ServiceLazyModel<Evaluation> model;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(evaluations::mine).withDefaultSort("evaluatedAt", false);
    }

    public ServiceLazyModel<Evaluation> getModel() { return model; }
}
