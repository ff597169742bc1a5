package in.prelims.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A student's place in a paper: the set they sit and, once started, their attempt. */
@Entity
@Table(name = "class_seat")
public class Seat extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "paper_id")
    public long paperId;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "set_letter")
    public String setLetter;

    @Column(name = "attempt_id")
    public UUID attemptId;
}
