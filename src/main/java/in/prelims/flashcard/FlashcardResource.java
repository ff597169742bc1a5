package in.prelims.flashcard;

import in.prelims.fact.FactBase;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The flashcard page (options and a preview) and the print sheets the PDF is rendered from. */
@Path("/flashcards")
public class FlashcardResource {

    /** Cards the preview shows, front beside back. */
    static final int PREVIEW_CARDS = 4;

    @Inject
    FlashcardDecks decks;

    @Inject
    FactBase base;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(DeckForm form, Deck deck, List<Card> preview, String query, String error);

        static native TemplateInstance sheets(Deck deck);
    }

    /** The form; with any option given, also the deck's size and its first cards. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@BeanParam DeckParams params) {
        if (params.seed == null) {
            String freshSeed = String.valueOf(ThreadLocalRandom.current().nextInt(1, 100_000));
            return Templates.page(DeckForm.of(base, params, freshSeed), null, List.of(), "", null);
        }
        DeckForm form = DeckForm.of(base, params, params.seed.trim());
        try {
            DeckOptions options = DeckOptions.parse(params);
            Deck deck = decks.build(options);
            List<Card> preview = deck.cards().subList(0, Math.min(PREVIEW_CARDS, deck.cards().size()));
            return Templates.page(form, deck, preview, options.query(), null);
        } catch (WebApplicationException e) {
            return Templates.page(form, null, List.of(), "", e.getMessage());
        }
    }

    /** The print-ready sheets as HTML: exactly what the PDF is rendered from. */
    @GET
    @Path("/sheets")
    @Produces(MediaType.TEXT_HTML)
    public String sheets(@BeanParam DeckParams params) {
        return sheetsHtml(decks.build(DeckOptions.parse(params)));
    }

    static String sheetsHtml(Deck deck) {
        return Templates.sheets(deck).render();
    }
}
