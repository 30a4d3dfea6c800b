package org.plenary.accreditation.ecosoc;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The ECOSOC list in force: one row, replaced by each import, with the date of the list and of its import. */
@Entity
@Table(name = "ecosoc_list")
public class EcosocList extends PanacheEntityBase {

    /** The only row's id. */
    public static final int CURRENT = 1;

    @Id
    public Integer id;

    /** The date of the published list. */
    @Column(name = "list_date", nullable = false)
    public LocalDate listDate;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Version
    public long version;
}
