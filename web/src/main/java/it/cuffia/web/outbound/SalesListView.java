package it.cuffia.web.outbound;

import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.application.SaleService;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Sale;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales of the caller's clients (supervisors, the clients' sales staff, admins), and their
 * cancellation when a customer withdraws: what it does to pay is the service's business.
 */
@Named
@ViewScoped
public class SalesListView implements Serializable {

    @Inject
    private SaleService saleService;

    @Inject
    private CampaignService campaignService;

    @Inject
    private Clock clock;

    private List<Campaign> campaigns;
    private Long campaignId;
    /** "" all, "false" valid, "true" cancelled. */
    private String cancelled = "";
    private ServiceLazyModel<Sale> sales;

    private Sale cancelling;
    private LocalDate cancelOn;
    private String cancelReason;

    @PostConstruct
    void init() {
        campaigns = campaignService.all().stream().filter(c -> c.getType().hasOffers()).toList();
        sales = new ServiceLazyModel<>(request -> {
            PageRequest filtered = campaignId == null ? request : request.filteredBy("campaign", campaignId.toString());
            return saleService.sales(cancelled.isBlank() ? filtered : filtered.filteredBy("cancelled", cancelled));
        });
    }

    public void startCancel(Sale sale) {
        cancelling = sale;
        cancelOn = LocalDate.now(clock);
        cancelReason = null;
    }

    public void cancel() {
        Sale done = saleService.cancel(cancelling.getId(), cancelOn, cancelReason);
        Messages.info("sale.cancel.done", done.getId());
        cancelling = null;
    }

    public List<Campaign> getCampaigns() { return campaigns; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getCancelled() { return cancelled; }
    public void setCancelled(String cancelled) { this.cancelled = cancelled == null ? "" : cancelled; }
    public ServiceLazyModel<Sale> getSales() { return sales; }
    public Sale getCancelling() { return cancelling; }
    public LocalDate getCancelOn() { return cancelOn; }
    public void setCancelOn(LocalDate cancelOn) { this.cancelOn = cancelOn; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
