package in.prelims.quiz;

import in.prelims.error.ConflictException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Saves answers in groups (group commit): one transaction locks the attempts of every waiting save in
 * id order (so two instances never deadlock), refuses a save to an attempt already submitted or past
 * its deadline and grace, writes the rest as one batch and commits once. Each save is acknowledged
 * only after that commit, so no acknowledged answer is lost, and a submit, which locks the same row,
 * comes wholly before or after a group. Under load hundreds of saves share one commit (one flush of
 * the write-ahead log) instead of queueing for one each.
 */
@ApplicationScoped
class AnswerWriter {

    private static final Logger LOG = Logger.getLogger(AnswerWriter.class);
    static final int MOST_PER_COMMIT = 500;
    private static final String UPDATE = "UPDATE attempt_question SET chosen = ?, marked = COALESCE(?, marked),"
            + " answered_at = ? WHERE attempt_id = ? AND position = ?";

    /** A save whose attempt another transaction holds for this long is refused as busy (503, send again). */
    static final Duration MOST_WAIT_FOR_ATTEMPT = Duration.ofSeconds(2);

    /** One answer waiting for its commit since {@code queued} ({@link System#nanoTime()}). */
    private record Save(UUID attempt, Answer answer, long queued, CompletableFuture<Void> done) {}

    /** An attempt's row as read under its lock. */
    private record Locked(Instant deadline, Instant submittedAt) {}

    @Inject
    AgroalDataSource database;

    @Inject
    QuizClock clock;

    @Inject
    QuizConfig config;

    private final BlockingQueue<Save> waiting = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;
    /** The writer's own connection: a save waiting for its group never holds one of the pool's. */
    private Connection connection;

    void start(@Observes StartupEvent started) {
        running = true;
        writer = new Thread(this::run, "answer-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }

    /**
     * Completes once the answer is committed, or exceptionally with the refusal ({@link
     * ConflictException} when late or submitted, {@link LockTimeoutException} when another transaction
     * held the attempt too long) or the database's failure. The caller has checked the owner and that the paper has the question.
     */
    CompletableFuture<Void> save(UUID attempt, Answer answer) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("the application is stopping"));
        } else {
            waiting.add(new Save(attempt, answer, System.nanoTime(), done));
        }
        return done;
    }

    private void run() {
        List<Save> group = new ArrayList<>();
        List<Save> held = new ArrayList<>();
        while (running || !waiting.isEmpty() || !held.isEmpty()) {
            try {
                group.addAll(held); // first, so two saves to one question keep their order
                held.clear();
                Save next = waiting.poll(group.isEmpty() ? 200 : 5, TimeUnit.MILLISECONDS);
                if (next != null) group.add(next);
                if (group.isEmpty()) continue;
                waiting.drainTo(group, MOST_PER_COMMIT - group.size());
                held.addAll(commit(group));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                group.forEach(s -> s.done().completeExceptionally(e));
                LOG.error("answer writer failed on a group of " + group.size(), e);
            } finally {
                group.clear();
            }
        }
        closeConnection();
    }

    /**
     * Writes a group and returns the saves whose attempt another transaction holds (a submit), to be
     * tried again with the next group. A group that fails as a whole is written again one save at a
     * time, so one bad save fails alone.
     */
    private List<Save> commit(List<Save> group) {
        try {
            return write(group);
        } catch (SQLException e) {
            closeConnection();
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(e);
                return List.of();
            }
            List<Save> held = new ArrayList<>();
            for (Save save : group) {
                try {
                    held.addAll(write(List.of(save)));
                } catch (SQLException alone) {
                    closeConnection();
                    save.done().completeExceptionally(alone);
                }
            }
            return held;
        }
    }

    private List<Save> write(List<Save> group) throws SQLException {
        Connection c = connection();
        try {
            Map<UUID, Locked> rows = lock(c, group);
            Instant now = clock.now();
            Instant at = now.truncatedTo(ChronoUnit.MILLIS);
            List<Save> accepted = new ArrayList<>(group.size());
            List<Save> held = new ArrayList<>();
            Map<Save, RuntimeException> refused = new HashMap<>();
            try (PreparedStatement update = c.prepareStatement(UPDATE)) {
                for (Save save : group) {
                    Locked row = rows.get(save.attempt());
                    if (row == null) {
                        if (waitedTooLong(save))
                            refused.put(save, new LockTimeoutException("another transaction held the attempt"));
                        else held.add(save);
                        continue;
                    }
                    RuntimeException refusal = refusal(row, now);
                    if (refusal != null) {
                        refused.put(save, refusal);
                        continue;
                    }
                    Answer answer = save.answer();
                    if (answer.option() == null) update.setNull(1, Types.INTEGER);
                    else update.setInt(1, answer.option());
                    if (answer.marked() == null) update.setNull(2, Types.BOOLEAN);
                    else update.setBoolean(2, answer.marked());
                    update.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    update.setObject(4, save.attempt());
                    update.setInt(5, answer.index());
                    update.addBatch();
                    accepted.add(save);
                }
                if (!accepted.isEmpty()) update.executeBatch();
            }
            c.commit();
            accepted.forEach(s -> s.done().complete(null));
            refused.forEach((s, e) -> s.done().completeExceptionally(e));
            return held;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    private static boolean waitedTooLong(Save save) {
        return System.nanoTime() - save.queued() > MOST_WAIT_FOR_ATTEMPT.toNanos();
    }

    /** Late first: an attempt the expiry job submitted at its deadline still says why the answer came too late. */
    private RuntimeException refusal(Locked row, Instant now) {
        if (now.isAfter(row.deadline().plus(config.grace()))) {
            return new ConflictException("Time is up: this quiz ended at " + Times.clock(row.deadline(), config.zone())
                    + ", and answers after the deadline are not accepted.");
        }
        if (row.submittedAt() != null) {
            return new ConflictException("This quiz was submitted at " + Times.clock(row.submittedAt(), config.zone())
                    + "; its answers can no longer be changed.");
        }
        return null;
    }

    /**
     * Locks the group's attempts in id order and reads what decides whether a save is still allowed;
     * an attempt another transaction holds is skipped, not waited for, so it never holds up the group.
     */
    private static Map<UUID, Locked> lock(Connection c, List<Save> group) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        group.forEach(s -> ids.add(s.attempt()));
        String sql = "SELECT id, deadline, submitted_at FROM quiz_attempt WHERE id IN (" + "?,".repeat(ids.size() - 1)
                + "?) ORDER BY id FOR UPDATE SKIP LOCKED";
        Map<UUID, Locked> rows = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            int i = 1;
            for (UUID id : ids) select.setObject(i++, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    OffsetDateTime submitted = result.getObject(3, OffsetDateTime.class);
                    rows.put(
                            result.getObject(1, UUID.class),
                            new Locked(
                                    result.getObject(2, OffsetDateTime.class).toInstant(),
                                    submitted == null ? null : submitted.toInstant()));
                }
            }
        }
        return rows;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = database.getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void closeConnection() {
        if (connection == null) return;
        try {
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the answer writer's connection", e);
        }
        connection = null;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rolling back a group of answers", e);
        }
    }
}
