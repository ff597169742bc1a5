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
import java.util.List;

/** One question of a paper exactly as generated: what is shown, the key and the explanation. */
@Entity(name = "QuizPaperQuestion")
@Table(name = "paper_question")
public class PaperQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paper_id")
    public Paper paper;

    /** 0-based, the paper's order. */
    public int position;

    @Column(name = "question_id")
    public String questionId;
    /** A {@link in.prelims.generation.Kind} slug. */
    public String kind;

    public String stem;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> statements;

    /** Column headings over matched pairs; null in papers stored before headings were kept. */
    @Convert(converter = JsonColumns.Strings.class)
    public List<String> headings;

    /** The question asked after the statements; null when the stem asks it. */
    @Column(name = "question_line")
    public String questionLine;
    /** In the paper's order; an attempt may show them in its own. */
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
}
