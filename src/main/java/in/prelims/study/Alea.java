package in.prelims.study;

/**
 * Johannes Baagøe's Alea generator with its Mash seeding, exactly as ts-fsrs runs it in JavaScript
 * doubles, so a fuzzed interval is the same here as there for the same seed string.
 */
final class Alea {

    private static final double TWO_TO_MINUS_32 = 2.3283064365386963e-10;

    private double c = 1;
    private double s0;
    private double s1;
    private double s2;

    Alea(String seed) {
        Mash mash = new Mash();
        s0 = mash.next(" ");
        s1 = mash.next(" ");
        s2 = mash.next(" ");
        s0 -= mash.next(seed);
        if (s0 < 0) s0 += 1;
        s1 -= mash.next(seed);
        if (s1 < 0) s1 += 1;
        s2 -= mash.next(seed);
        if (s2 < 0) s2 += 1;
    }

    /** The next number in [0, 1). */
    double next() {
        double t = 2091639 * s0 + c * TWO_TO_MINUS_32;
        s0 = s1;
        s1 = s2;
        c = (int) t;
        s2 = t - c;
        return s2;
    }

    private static final class Mash {
        private double n = 0xefc8249dL;

        double next(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = uint32(h);
                h -= n;
                h *= n;
                n = uint32(h);
                h -= n;
                n += h * 0x100000000L;
            }
            return uint32(n) * TWO_TO_MINUS_32;
        }

        /** JavaScript's {@code x >>> 0}. */
        private static double uint32(double x) {
            return (double) (((long) x) & 0xFFFFFFFFL);
        }
    }
}
