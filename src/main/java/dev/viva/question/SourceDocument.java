package dev.viva.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer document the bank was imported from, with the encoding repairs its text needed. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Path relative to the bank directory, or the name given to the import endpoint. */
    public String name;

    public String bank;

    /** Fingerprint of the document bytes, the curation files and the importer version. */
    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RepairNote> repairs = new ArrayList<>();

    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
}
