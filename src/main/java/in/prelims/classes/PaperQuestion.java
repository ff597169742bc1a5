package in.prelims.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of one set of a class paper, stored once and shown to every student of the set. */
@Entity
@Table(name = "class_paper_question")
public class PaperQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "paper_id")
    public long paperId;

    @Column(name = "set_letter")
    public String setLetter;

    public int position;

    /** The question's number in the unshuffled paper: the same in every set. */
    public int item;

    /** Comma-separated: for each option as shown, its index in the unshuffled question. */
    @Column(name = "option_order")
    public String optionOrder;

    /** The question as shown in this set, as JSON. */
    public String question;
}
