package it.cuffia.quality.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One numbered version of an evaluation form: its items in order, grouped in sections. */
@Entity
@Table(name = "quality_form_version")
public class FormVersion extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id")
    private QualityForm form;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @OneToMany(mappedBy = "formVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityItem> items = new ArrayList<>();

    protected FormVersion() {
    }

    FormVersion(QualityForm form, int number, String by, Instant at) {
        this.form = form;
        this.number = number;
        this.createdBy = by;
        this.createdAt = at;
    }

    FormVersion copyAs(int number, String by, Instant at) {
        FormVersion next = new FormVersion(form, number, by, at);
        getItems().forEach(i -> next.items.add(i.copyInto(next)));
        return next;
    }

    public QualityItem addItem(QualityItem.ItemData data) {
        int position = items.stream().mapToInt(QualityItem::getPosition).max().orElse(0) + 1;
        QualityItem item = new QualityItem(this, position, data);
        items.add(item);
        return item;
    }

    /** The item at {@code position} (positions survive the copy into a new version, ids do not). */
    public QualityItem item(int position) {
        return items.stream().filter(i -> i.getPosition() == position).findFirst()
                .orElseThrow(() -> new DomainException("quality.item.unknown", position));
    }

    public void changeItem(int position, QualityItem.ItemData data) {
        item(position).apply(data);
    }

    public void removeItem(int position) {
        items.remove(item(position));
    }

    /** Moves an item up (-1) or down (+1). */
    public void moveItem(int position, int delta) {
        List<QualityItem> ordered = getItems();
        QualityItem moving = item(position);
        int from = ordered.indexOf(moving);
        int to = Math.max(0, Math.min(ordered.size() - 1, from + delta));
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /** The items by section, in the order their sections first appear. */
    public Map<String, List<QualityItem>> sections() {
        Map<String, List<QualityItem>> sections = new LinkedHashMap<>();
        getItems().forEach(i -> sections.computeIfAbsent(i.getSection(), s -> new ArrayList<>()).add(i));
        return sections;
    }

    public List<String> getSectionNames() {
        return List.copyOf(sections().keySet());
    }

    public QualityForm getForm() { return form; }
    public int getNumber() { return number; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<QualityItem> getItems() {
        List<QualityItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparingInt(QualityItem::getPosition));
        return ordered;
    }
}
