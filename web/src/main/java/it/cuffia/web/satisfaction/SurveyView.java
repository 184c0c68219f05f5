package it.cuffia.web.satisfaction;

import it.cuffia.satisfaction.application.SatisfactionSurveys;
import it.cuffia.satisfaction.domain.SatisfactionSurvey;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The customer's satisfaction survey ({@code /survey.xhtml?t=TOKEN&lang=en}, issue 16 §2): no login, no session (a
 * stateless view; the form carries the link and the language). One answer per link; a link answered, expired or
 * unknown says so in the customer's words, never with an error page.
 */
@Named
@RequestScoped
public class SurveyView {

    /** What the page shows. */
    public enum Shown { OPEN, THANKS, ANSWERED, EXPIRED, UNKNOWN }

    @Inject
    private SatisfactionSurveys surveys;

    private String token;
    private Locale locale;
    private SatisfactionSurveys.PublicSurvey survey;
    /** Null until the link is read: on a post the input checks refused, no action ran, and the page reads it then. */
    private Shown shown;

    private Integer satisfaction;
    private Integer recommendation;
    private String comment;

    @PostConstruct
    void read() {
        HttpServletRequest request = request();
        token = request.getParameter("t");
        locale = it.cuffia.web.security.UserSession.visitorLocale(jakarta.faces.context.FacesContext.getCurrentInstance(),
                request.getParameter("lang"));
    }

    public void serve() {
        try {
            show(surveys.open(token));
        } catch (NotFoundException unknown) {
            unknown();
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            survey = surveys.answer(token, satisfaction, recommendation, comment);
            shown = Shown.THANKS;
        } catch (NotFoundException unknown) {
            unknown();
        } catch (DomainException refused) {
            switch (refused.getMessageKey()) {
                case "csat.answered", "csat.expired" -> serve(); // answered meanwhile (another tab), or expired while open
                default -> {
                    // nothing was stored; the answers stay as given, with the reason, to correct and send again
                    serve();
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            Messages.text(locale, refused.getMessageKey(), refused.getArguments()), null));
                    faces.validationFailed();
                }
            }
        }
    }

    private void show(SatisfactionSurveys.PublicSurvey found) {
        survey = found;
        shown = switch (found.view()) {
            case OPEN -> Shown.OPEN;
            case ANSWERED -> Shown.ANSWERED;
            case EXPIRED -> Shown.EXPIRED;
        };
    }

    /** An unknown link: the page says so, with the status a stranger's link deserves. */
    private void unknown() {
        survey = null;
        shown = Shown.UNKNOWN;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** This page in the other language. */
    public String languageLink(String language) {
        return request().getContextPath() + "/survey.xhtml?t=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8)
                + "&lang=" + language;
    }

    /** When the link stops answering, in the customer's language. */
    public String getExpires() {
        getShown();
        return survey == null || survey.expiresAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).format(survey.expiresAt().atZone(Zones.ROME));
    }

    public List<Integer> getSatisfactionScale() { return IntStream.rangeClosed(1, 5).boxed().toList(); }
    public List<Integer> getRecommendationScale() { return IntStream.rangeClosed(0, 10).boxed().toList(); }
    public String getToken() { return token; }
    public Locale getLocale() { return locale; }
    public String getLanguage() { return locale.getLanguage(); }
    public String getClientName() {
        getShown();
        return survey == null ? "" : survey.clientName();
    }

    public Shown getShown() {
        if (shown == null) {
            serve();
        }
        return shown;
    }

    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public Integer getRecommendation() { return recommendation; }
    public void setRecommendation(Integer recommendation) { this.recommendation = recommendation; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public int getMaxComment() { return SatisfactionSurvey.MAX_COMMENT; }
}
