package in.prelims.fact;

/** Where a value named with an article ("the United Nations") stands in running text. */
final class ArticlePlace {

    private ArticlePlace() {}

    /** Whether the text writes "the" (or "The") as the word just before {@code at}. */
    static boolean writtenBefore(CharSequence text, int at) {
        if (at < 4 || text.charAt(at - 1) != ' ') return false;
        int start = at - 4;
        return (text.charAt(start) == 't' || text.charAt(start) == 'T')
                && text.charAt(start + 1) == 'h'
                && text.charAt(start + 2) == 'e'
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    /** Whether a sentence starts at {@code at}: nothing but spaces before it, or a full stop and spaces. */
    static boolean startsSentence(CharSequence text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        return i < at - 1 && (c == '.' || c == '?' || c == '!');
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
