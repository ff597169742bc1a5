package in.prelims.classes;

import in.prelims.marking.Marking;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A paper assigned to a class, with its opening window and time limit; its sets are {@link PaperQuestion}s. */
@Entity
@Table(name = "class_paper")
public class ClassPaper extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "class_id")
    public long classId;

    public String title;

    /** The worksheet query the paper was made from. */
    public String settings;

    public int sets;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;

    @Column(name = "marking_name")
    public String markingName;

    @Column(name = "marking_correct")
    public String markingCorrect;

    @Column(name = "marking_wrong")
    public String markingWrong;

    @Column(name = "created_at")
    public Instant createdAt;

    public Marking marking() {
        return Marking.stored(markingName, markingCorrect, markingWrong);
    }

    public int minutes() {
        return timeLimitSeconds / 60;
    }

    boolean open(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    String setLetter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
