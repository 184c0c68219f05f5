package it.cuffia.quality.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One question of a form version: its section, its text and its {@link ItemRule}. */
@Entity
@Table(name = "quality_item")
public class QualityItem extends AbstractEntity {

    public static final int SECTION_MAX = 120;
    public static final int TEXT_MAX = 300;

    /** What the form editor sends; checked here. */
    public record ItemData(String section, String text, ItemKind kind, int weight, Integer scaleMax, boolean critical,
                           boolean allowsNa) implements Serializable {
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_version_id")
    private FormVersion formVersion;

    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = SECTION_MAX)
    private String section;
    @Column(name = "item_text", nullable = false, length = TEXT_MAX)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemKind kind;
    @Column(nullable = false)
    private int weight;
    @Column(name = "scale_max")
    private Integer scaleMax;
    @Column(nullable = false)
    private boolean critical;
    @Column(name = "allows_na", nullable = false)
    private boolean allowsNa;

    protected QualityItem() {
    }

    QualityItem(FormVersion formVersion, int position, ItemData data) {
        this.formVersion = formVersion;
        this.position = position;
        apply(data);
    }

    QualityItem copyInto(FormVersion version) {
        return new QualityItem(version, position, data());
    }

    void apply(ItemData data) {
        ItemRule rule = new ItemRule(data.kind(), data.weight(), data.scaleMax() == null ? 0 : data.scaleMax(), data.critical(), data.allowsNa());
        this.section = required(data.section(), "quality.item.sectionRequired", SECTION_MAX);
        this.text = required(data.text(), "quality.item.textRequired", TEXT_MAX);
        this.kind = rule.kind();
        this.weight = rule.weight();
        this.scaleMax = rule.kind() == ItemKind.SCALE ? rule.scaleMax() : null;
        this.critical = rule.critical();
        this.allowsNa = rule.allowsNa();
    }

    void moveTo(int position) {
        this.position = position;
    }

    private static String required(String value, String key, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException(key);
        }
        if (value.strip().length() > max) {
            throw new DomainException("quality.item.tooLong", max);
        }
        return value.strip();
    }

    public ItemRule rule() {
        return new ItemRule(kind, weight, scaleMax == null ? 1 : scaleMax, critical, allowsNa);
    }

    public ItemData data() {
        return new ItemData(section, text, kind, weight, scaleMax, critical, allowsNa);
    }

    /** The highest value: 1 for yes/no. */
    public int getMaxValue() {
        return rule().scaleMax();
    }

    public FormVersion getFormVersion() { return formVersion; }
    public int getPosition() { return position; }
    public String getSection() { return section; }
    public String getText() { return text; }
    public ItemKind getKind() { return kind; }
    public int getWeight() { return weight; }
    public Integer getScaleMax() { return scaleMax; }
    public boolean isCritical() { return critical; }
    public boolean isAllowsNa() { return allowsNa; }
}
