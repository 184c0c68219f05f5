package it.cuffia.web.quality;

import it.cuffia.quality.application.QualityForms;
import it.cuffia.quality.domain.FormVersion;
import it.cuffia.quality.domain.ItemKind;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.quality.domain.QualityItem;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ViewParameterGuard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One evaluation form: its latest version's items (section, text, kind, weight, critical, N/A). An edit of a version
 * some evaluation uses makes a new version (the service decides; the page says so beforehand).
 */
@Named
@ViewScoped
public class QualityFormView implements Serializable {

    @Inject private QualityForms forms;

    private Long id;
    private QualityForm form;
    private long evaluations;
    private String name;

    /** The item being edited (null position: a new one). */
    private Integer editing;
    private String section;
    private String text;
    private ItemKind kind = ItemKind.YES_NO;
    private int weight = 1;
    private Integer scaleMax = 5;
    private boolean critical;
    private boolean allowsNa;

    public void load() {
        show(forms.get(ViewParameterGuard.required(id, "qualityForm")));
    }

    private void show(QualityForm loaded) {
        form = loaded;
        name = form.getName();
        evaluations = forms.evaluationsOf(form.latest());
    }

    public void rename() {
        show(forms.rename(id, form.getVersion(), name));
        Messages.info("saved");
    }

    public void toggleActive() {
        show(forms.activate(id, !form.isActive()));
        Messages.info("saved");
    }

    public void startNew() {
        editing = null;
        FormVersion latest = form.latest();
        section = latest.getItems().isEmpty() ? null : latest.getItems().get(latest.getItems().size() - 1).getSection();
        text = null;
        kind = ItemKind.YES_NO;
        weight = 1;
        scaleMax = 5;
        critical = false;
        allowsNa = false;
    }

    public void startEdit(QualityItem item) {
        editing = item.getPosition();
        section = item.getSection();
        text = item.getText();
        kind = item.getKind();
        weight = item.getWeight();
        scaleMax = item.getScaleMax() == null ? 5 : item.getScaleMax();
        critical = item.isCritical();
        allowsNa = item.isAllowsNa();
    }

    public void saveItem() {
        int before = form.latest().getNumber();
        QualityItem.ItemData data = new QualityItem.ItemData(section, text, kind, weight, kind == ItemKind.SCALE ? scaleMax : null, critical, allowsNa);
        show(editing == null ? forms.addItem(id, data) : forms.changeItem(id, editing, data));
        saved(before);
    }

    public void remove(QualityItem item) {
        int before = form.latest().getNumber();
        show(forms.removeItem(id, item.getPosition()));
        saved(before);
    }

    public void move(QualityItem item, int delta) {
        int before = form.latest().getNumber();
        show(forms.moveItem(id, item.getPosition(), delta));
        saved(before);
    }

    private void saved(int before) {
        if (form.latest().getNumber() != before) {
            Messages.info("quality.form.newVersion", form.latest().getNumber());
        } else {
            Messages.info("saved");
        }
    }

    public ItemKind[] getKinds() { return ItemKind.values(); }
    public QualityForm getForm() { return form; }
    public FormVersion getLatest() { return form == null ? null : form.latest(); }
    public long getEvaluations() { return evaluations; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getEditing() { return editing; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind kind) { this.kind = kind; }
    public int getWeight() { return weight; }
    public void setWeight(int weight) { this.weight = weight; }
    public Integer getScaleMax() { return scaleMax; }
    public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }
    public boolean isCritical() { return critical; }
    public void setCritical(boolean critical) { this.critical = critical; }
    public boolean isAllowsNa() { return allowsNa; }
    public void setAllowsNa(boolean allowsNa) { this.allowsNa = allowsNa; }
}
