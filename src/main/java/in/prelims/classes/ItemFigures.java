package in.prelims.classes;

/**
 * Moodle's statistics of one item, on final marks; see docs/classes.md for the formulas.
 *
 * @param facility       percent: (mean mark − worst) / (best − worst)
 * @param sd             percent of the mark range (best − worst)
 * @param discrimination percent; null when the item's or the rest's marks do not vary
 * @param efficiency     discriminative efficiency, percent; null when the largest possible covariance is 0
 * @param shares         share of students choosing each option (unshuffled order), percent
 * @param blank          share leaving it blank, percent
 * @param topShares      share of the top third choosing each option, percent
 */
record ItemFigures(
        int item,
        double facility,
        double sd,
        Double discrimination,
        Double efficiency,
        double[] shares,
        double blank,
        double[] topShares,
        int key,
        boolean lowDiscrimination,
        boolean distractorBeatsKey) {

    static final double LOW_DISCRIMINATION = 30;

    public boolean needsChecking() {
        return lowDiscrimination || distractorBeatsKey;
    }
}
