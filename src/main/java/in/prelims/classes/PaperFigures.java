package in.prelims.classes;

import java.util.List;

/**
 * Moodle's test statistics of a paper over its submitted attempts.
 *
 * @param cic           coefficient of internal consistency (Cronbach's alpha), percent; null below 2 students or items
 * @param errorRatio    percent: 100 √(1 − CIC/100)
 * @param standardError in marks: errorRatio × sd / 100
 */
record PaperFigures(
        int students,
        double mean,
        double sd,
        Double cic,
        Double errorRatio,
        Double standardError,
        List<ItemFigures> items) {}
