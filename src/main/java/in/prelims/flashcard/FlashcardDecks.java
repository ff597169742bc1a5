package in.prelims.flashcard;

import in.prelims.fact.TopicNames;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionLine;
import in.prelims.generation.QuestionPicker;
import in.prelims.web.Citations;
import in.prelims.web.OptionLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds decks from the question engine: flashcards by default, any exam kind on request. */
@ApplicationScoped
class FlashcardDecks {

    @Inject
    TopicNames topicNames;

    @Inject
    QuestionPicker picker;

    @Inject
    FlashcardMessages messages;

    Deck build(DeckOptions options) {
        List<Question> questions = picker.pick(
                options.count() + headroom(options.count()),
                options.seed(),
                options.kinds(),
                options.topics(),
                options.sources(),
                options.period());
        List<Card> cards = new ArrayList<>();
        for (Question q : questions) {
            Card card = card(cards.size() + 1, q);
            if (cards.size() < options.count() && TextFit.fits(card, options.layout(), messages.source())) {
                cards.add(card);
            }
        }
        String title = options.title().isEmpty() ? defaultTitle(options) : options.title();
        return new Deck(
                title, options, cards, DeckSheets.layOut(cards, options.layout(), options.duplex(), messages.source()));
    }

    /** Extra questions drawn so that cards too long for the chosen card size can be left out. */
    private static int headroom(int count) {
        return count / 4 + 4;
    }

    private String defaultTitle(DeckOptions options) {
        return options.topics().isEmpty()
                ? messages.defaultTitle()
                : messages.topicTitle(
                        options.topics().stream().sorted().map(topicNames::name).collect(Collectors.joining(", ")));
    }

    static Card card(int number, Question q) {
        String citation = Citations.all(q.sources());
        if (!q.kind().hasOptionsToChoose()) {
            return new Card(number, q.stem(), List.of(), q.answerText(), q.explanation(), citation);
        }
        List<String> frontList = new ArrayList<>();
        if (!q.headings().isEmpty()) frontList.add(String.join(" : ", q.headings()));
        for (int i = 0; i < q.statements().size(); i++) {
            frontList.add((i + 1) + ". " + q.statements().get(i));
        }
        if (q.questionLine() != null) frontList.add(QuestionLine.plain(q.questionLine()));
        for (int i = 0; i < q.options().size(); i++) {
            frontList.add(OptionLetters.bracketed(i) + " " + q.options().get(i));
        }
        String answer = OptionLetters.bracketed(q.answer()) + " " + q.answerText();
        return new Card(number, q.stem(), frontList, answer, q.explanation(), citation);
    }
}
