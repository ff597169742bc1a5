package in.prelims.quiz;

import in.prelims.fact.FactView.SourceRef;

/**
 * The source of a question as it was cited when the attempt was taken.
 *
 * @param published ISO date
 */
public record Citation(String id, String title, String publisher, String published) {

    static Citation of(SourceRef source) {
        return new Citation(source.id(), source.title(), source.publisher(), String.valueOf(source.published()));
    }
}
