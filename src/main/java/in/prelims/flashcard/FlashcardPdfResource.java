package in.prelims.flashcard;

import in.prelims.pdf.PdfRenderer;
import in.prelims.web.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code GET /flashcards.pdf}: the deck as a printable PDF. */
@Path("/flashcards.pdf")
public class FlashcardPdfResource {

    @Inject
    FlashcardDecks decks;

    @Inject
    PdfRenderer renderer;

    @GET
    public Response pdf(@BeanParam DeckParams params) {
        DeckOptions options = DeckOptions.parse(params);
        Deck deck = decks.build(options);
        byte[] pdf = renderer.render(FlashcardResource.sheetsHtml(deck), deck.title());
        return Downloads.inline(pdf, "application/pdf", "flashcards-seed" + options.seed() + ".pdf");
    }
}
