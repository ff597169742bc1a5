package in.prelims.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher's class; students join it with {@link #joinCode}. */
@Entity
@Table(name = "school_class")
public class SchoolClass extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "teacher_id")
    public long teacherId;

    public String name;

    @Column(name = "join_code")
    public String joinCode;

    @Column(name = "created_at")
    public Instant createdAt;

    boolean taughtBy(long userId) {
        return teacherId == userId;
    }

    boolean hasMember(long userId) {
        return Member.count("classId = ?1 and userId = ?2", id, userId) > 0;
    }
}
