package in.prelims.study;

/**
 * The FSRS-6 memory model, ported from ts-fsrs 5 (FSRSAlgorithm): recall probability, intervals,
 * initial and next difficulty and stability. Intermediate values are rounded to 8 decimals where
 * ts-fsrs rounds them, so both give the same schedules.
 */
final class Fsrs {

    private final FsrsParameters p;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    Fsrs(FsrsParameters parameters) {
        this.p = parameters;
        this.w = parameters.w();
        this.decay = -w[20];
        this.factor = roundTo(StrictMath.exp(StrictMath.log(0.9) / decay) - 1, 8);
        this.intervalModifier = intervalModifier(parameters.requestRetention());
    }

    FsrsParameters parameters() {
        return p;
    }

    /** R(t, S) = (1 + F·t/S)^(−w20), with F chosen so that R(S, S) = 0.9. */
    double retrievability(double elapsedDays, double stability) {
        return roundTo(StrictMath.pow(1 + factor * elapsedDays / stability, decay), 8);
    }

    /** Days after which recall falls to {@code retention}, per day of stability. */
    double intervalModifier(double retention) {
        return roundTo((StrictMath.pow(retention, 1 / decay) - 1) / factor, 8);
    }

    /** The unrounded number of days until recall falls to {@code retention}. */
    double daysUntil(double retention, double stability) {
        return (StrictMath.pow(retention, 1 / decay) - 1) / factor * stability;
    }

    double initStability(Rating g) {
        return Math.max(w[g.grade() - 1], 0.1);
    }

    double initDifficulty(Rating g) {
        return roundTo(w[4] - StrictMath.exp((g.grade() - 1) * w[5]) + 1, 8);
    }

    /** Whole days for a stability; fuzzed (from {@code seed}) when fuzz is on and the interval is 3 days or more. */
    int nextInterval(double stability, int elapsedDays, String seed) {
        int interval = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), p.maximumInterval());
        if (!p.enableFuzz() || interval < 2.5) {
            return interval;
        }
        double delta = 1
                + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0)
                + 0.1 * Math.max(Math.min(interval, 20.0) - 7, 0)
                + 0.05 * Math.max(interval - 20.0, 0);
        int max = (int) Math.min(Math.round(interval + delta), p.maximumInterval());
        int min = (int) Math.max(2, Math.round(interval - delta));
        if (interval > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        min = Math.min(min, max);
        return (int) Math.floor(new Alea(seed).next() * (max - min + 1) + min);
    }

    Memory nextState(Memory memory, int elapsedDays, Rating g, double r) {
        if (memory == null) {
            return new Memory(initStability(g), clamp(initDifficulty(g), 1, 10));
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double next;
        if (elapsedDays == 0 && p.enableShortTerm()) {
            next = shortTermStability(s, g);
        } else if (g == Rating.AGAIN) {
            double shortTermCut = p.enableShortTerm() ? w[17] * w[18] : 0;
            next = clamp(roundTo(s / StrictMath.exp(shortTermCut), 8), FsrsParameters.S_MIN, forgetStability(d, s, r));
        } else {
            next = recallStability(d, s, r, g);
        }
        return new Memory(next, nextDifficulty(d, g));
    }

    private double nextDifficulty(double d, Rating g) {
        double delta = -w[6] * (g.grade() - 3);
        double damped = d + roundTo(delta * (10 - d) / 9, 8);
        return clamp(roundTo(w[7] * initDifficulty(Rating.EASY) + (1 - w[7]) * damped, 8), 1, 10);
    }

    private double recallStability(double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        double growth = StrictMath.exp(w[8])
                * (11 - d)
                * StrictMath.pow(s, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1)
                * hardPenalty
                * easyBonus;
        return roundTo(clamp(s * (1 + growth), FsrsParameters.S_MIN, FsrsParameters.S_MAX), 8);
    }

    private double forgetStability(double d, double s, double r) {
        double value = w[11]
                * StrictMath.pow(d, -w[12])
                * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]);
        return roundTo(clamp(value, FsrsParameters.S_MIN, FsrsParameters.S_MAX), 8);
    }

    private double shortTermStability(double s, Rating g) {
        double increase = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g.grade() - 3 + w[18]));
        double masked = g.compareTo(Rating.HARD) >= 0 ? Math.max(increase, 1) : increase;
        return roundTo(clamp(s * masked, FsrsParameters.S_MIN, FsrsParameters.S_MAX), 8);
    }

    static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** JavaScript's Math.round(x · 10^n) / 10^n. */
    static double roundTo(double x, int decimals) {
        double f = StrictMath.pow(10, decimals);
        return Math.round(x * f) / f;
    }
}
