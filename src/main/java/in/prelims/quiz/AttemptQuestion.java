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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One question of an attempt: its paper's question in the attempt's option order, the answer given
 * and the review mark. Only the order (when it differs from the paper's) and the answer are stored here.
 */
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

    /** 0-based, the order shown (the paper's). */
    public int position;

    /** optionOrder.get(i) is the paper's index of the option shown at i; null for the paper's order. */
    @Convert(converter = JsonColumns.Integers.class)
    @Column(name = "option_order")
    public List<Integer> optionOrder;

    /** Index into {@link #options()}, or null while unanswered. */
    public Integer chosen;

    public boolean marked;

    @Column(name = "answered_at")
    public Instant answeredAt;

    PaperQuestion question() {
        return attempt.paper.questions.get(position);
    }

    public String questionId() {
        return question().questionId;
    }

    /** A {@link in.prelims.generation.Kind} slug. */
    public String kind() {
        return question().kind;
    }

    public String stem() {
        return question().stem;
    }

    public List<String> statements() {
        return question().statements;
    }

    /** Column headings over matched pairs; empty when the question has none (and in older attempts). */
    public List<String> headings() {
        List<String> headings = question().headings;
        return headings == null ? List.of() : headings;
    }

    /** The question asked after the statements; null when the stem asks it (and in older attempts). */
    public String questionLine() {
        return question().questionLine;
    }

    /** In the order this attempt shows them. */
    public List<String> options() {
        List<String> paperOrder = question().options;
        if (optionOrder == null) {
            return paperOrder;
        }
        List<String> shown = new ArrayList<>();
        optionOrder.forEach(i -> shown.add(paperOrder.get(i)));
        return shown;
    }

    /** Index into {@link #options()} of the key. */
    public int answer() {
        int key = question().answer;
        return optionOrder == null ? key : optionOrder.indexOf(key);
    }

    public String explanation() {
        return question().explanation;
    }

    public List<String> factIds() {
        return question().factIds;
    }

    public List<Citation> sources() {
        return question().sources;
    }

    public List<String> topics() {
        return question().topics;
    }

    Scorecard.Item item() {
        return new Scorecard.Item(chosen, answer(), topics());
    }
}
