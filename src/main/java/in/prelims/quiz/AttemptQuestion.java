package in.prelims.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/** One question exactly as an attempt showed it, with the answer given and the review mark. */
@Entity
@DynamicUpdate
@Table(name = "attempt_question")
public class AttemptQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    public QuizAttempt attempt;

    /** 0-based, the order shown. */
    public int position;

    @Column(name = "question_id")
    public String questionId;
    /** A {@link in.prelims.generation.Kind} slug. */
    public String kind;

    public String stem;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> statements;

    /** Column headings over matched pairs; null in attempts stored before headings were kept. */
    @Convert(converter = JsonColumns.Strings.class)
    public List<String> headings;

    /** The question asked after the statements; null when the stem asks it (and in older attempts). */
    @Column(name = "question_line")
    public String questionLine;
    /** In the order shown. */
    @Convert(converter = JsonColumns.Strings.class)
    public List<String> options;
    /** Index into {@link #options} of the key. */
    public int answer;

    public String explanation;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "fact_ids")
    public List<String> factIds;

    @Convert(converter = JsonColumns.Citations.class)
    public List<Citation> sources;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> topics;

    /** Index into {@link #options}, or null while unanswered. */
    public Integer chosen;

    public boolean marked;

    @Column(name = "answered_at")
    public Instant answeredAt;

    Scorecard.Item item() {
        return new Scorecard.Item(chosen, answer, topics);
    }
}
