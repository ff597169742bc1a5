package in.prelims.classes;

/**
 * The final answers of a paper's students, item by item in the unshuffled paper's order, whatever set
 * each student sat.
 *
 * @param marks   marks[s][i]: student s's final marks on item i (negative for a wrong answer)
 * @param chosen  chosen[s][i]: the option student s chose on item i, numbered as in the unshuffled
 *                question, or -1 for a blank
 * @param keys    keys[i]: the key of item i, numbered the same way
 * @param options options[i]: how many options item i has
 * @param best    marks for a right answer
 * @param worst   marks for a wrong answer (negative, or 0 without negative marking)
 */
record Responses(double[][] marks, int[][] chosen, int[] keys, int[] options, double best, double worst) {

    int students() {
        return marks.length;
    }

    int items() {
        return keys.length;
    }

    double total(int student) {
        double sum = 0;
        for (double m : marks[student]) {
            sum += m;
        }
        return sum;
    }
}
