package in.prelims.study;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The clock study schedules are made by; tests replace it to walk a calendar. */
@ApplicationScoped
public class StudyClock {

    public Instant now() {
        return Instant.now();
    }
}
