package in.prelims.web;

/** Option letters as the exam prints them: option 0 is "a", "A" or "(a)". */
public final class OptionLetters {

    private OptionLetters() {}

    public static String lower(int option) {
        return String.valueOf((char) ('a' + option));
    }

    public static String upper(int option) {
        return String.valueOf((char) ('A' + option));
    }

    /** "(a)", the form in front of an option on a paper or a card. */
    public static String bracketed(int option) {
        return "(" + lower(option) + ")";
    }
}
