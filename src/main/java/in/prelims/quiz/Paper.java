package in.prelims.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** Questions stored once, with their keys, for every attempt that sits them. Never changes. */
@Entity(name = "QuizPaper")
@Table(name = "paper")
public class Paper extends PanacheEntityBase {

    @Id
    public UUID id;

    /** SHA-256 (hex) of the questions as stored, so the same paper is stored once. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @OneToMany(mappedBy = "paper", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 32)
    public List<PaperQuestion> questions = new ArrayList<>();
}
