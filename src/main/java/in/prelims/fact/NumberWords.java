package in.prelims.fact;

import java.util.List;
import java.util.Locale;

/** Numbers and ordinals spelt out, as releases write small figures: "Six lakh jobs", "the first-ever". */
public final class NumberWords {

    static final List<String> UNITS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    static final List<String> TENS =
            List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    static final List<String> ORDINALS = List.of(
            "zeroth",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth");

    /** A regular-expression alternative matching the words this class reads, longest first. */
    static final String PATTERN = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three"
            + "|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a hundred|hundred)";

    private NumberWords() {}

    /** The value of words such as "six", "twenty-five", "a hundred"; -1 when they are not a number. */
    static int value(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim().replace(' ', '-');
        if (w.equals("hundred") || w.equals("a-hundred")) return 100;
        int units = UNITS.indexOf(w);
        if (units >= 0) return units;
        String[] parts = w.split("-");
        int tens = TENS.indexOf(parts[0]);
        if (tens < 2) return -1;
        return parts.length == 1 ? tens * 10 : tens * 10 + Math.max(UNITS.indexOf(parts[1]), 0);
    }

    /** "seven" for 7, or null above nineteen. */
    public static String word(int n) {
        return n >= 0 && n < UNITS.size() ? UNITS.get(n) : null;
    }
}
