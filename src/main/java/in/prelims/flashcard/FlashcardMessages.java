package in.prelims.flashcard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the flashcard page and sheets; the texts are in messages/flashcards.properties. */
@MessageBundle("flashcards")
public interface FlashcardMessages {

    @Message
    String defaultTitle();

    @Message
    String topicTitle(String topics);

    @Message
    String frontsHead(int first, int last);

    @Message
    String backsHead(int first, int last);

    @Message
    String foldHead(int first, int last);

    @Message
    String answerSide();

    @Message
    String source();

    @Message
    String pageTitle();

    @Message
    String lead();

    @Message
    String topicsLegend();

    @Message
    String sourcesLegend();

    @Message
    String countLabel();

    @Message
    String perPageLabel();

    @Message
    String perPageHint();

    @Message
    String ankiLink();

    @Message
    String paperLabel();

    @Message
    String duplexLabel();

    @Message
    String duplexYes();

    @Message
    String duplexNo();

    @Message
    String cutLinesLabel();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String seedLabel();

    @Message
    String titleLabel();

    @Message
    String previewButton();

    @Message
    String summary(int cards, int pages, int perPage);

    @Message
    String shortDeck(int cards, int requested);

    @Message
    String howDuplex();

    @Message
    String howFold();

    @Message
    String downloadPdf();

    @Message
    String printView();
}
