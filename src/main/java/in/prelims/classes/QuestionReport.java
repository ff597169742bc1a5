package in.prelims.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An error a student reported on a question after submitting. */
@Entity
@Table(name = "question_report")
public class QuestionReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id")
    public UUID attemptId;

    public int position;

    @Column(name = "question_id")
    public String questionId;

    /** Comma-separated fact ids the question was made from. */
    @Column(name = "fact_ids")
    public String factIds;

    @Column(name = "user_id")
    public Long userId;

    public String message;

    @Column(name = "created_at")
    public Instant createdAt;
}
