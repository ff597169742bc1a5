package in.prelims.quiz;

import java.security.SecureRandom;

/** Seeds for quizzes started without one: short enough to note down and retake the same quiz. */
final class Seeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Seeds() {}

    static long random() {
        return 1 + RANDOM.nextInt(999_999);
    }
}
