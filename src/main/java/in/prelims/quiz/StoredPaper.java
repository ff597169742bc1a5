package in.prelims.quiz;

import java.util.UUID;

/**
 * A paper stored once by content ({@link Papers}), as a class remembers its set's paper.
 *
 * @param questions how many questions it has
 */
public record StoredPaper(UUID id, int questions) {}
