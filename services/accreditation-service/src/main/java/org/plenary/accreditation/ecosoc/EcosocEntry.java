package org.plenary.accreditation.ecosoc;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;

/** One organisation of the imported ECOSOC list: its name, its consultative status and the year granted. */
@Entity
@Table(name = "ecosoc_entry")
public class EcosocEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EcosocStatus status;

    @Column(name = "year_granted", nullable = false)
    public int yearGranted;

    public String website;
}
