package in.prelims.flashcard;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import in.prelims.generation.Seeds;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

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

    /**
     * The form; once submitted (a seed is given), also the deck's size and its first cards, or the form
     * again with the reason a value was refused (400).
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam DeckParams params) {
        if (params.seed == null) {
            String freshSeed = String.valueOf(Seeds.random());
            return Response.ok(Templates.page(DeckForm.of(base, params, freshSeed), null, List.of(), "", null))
                    .build();
        }
        DeckForm form = DeckForm.of(base, params, params.seed.trim());
        try {
            DeckOptions options = DeckOptions.parse(params);
            Deck deck = decks.build(options);
            List<Card> preview =
                    deck.cards().subList(0, Math.min(PREVIEW_CARDS, deck.cards().size()));
            return Response.ok(Templates.page(form, deck, preview, options.query(), null))
                    .build();
        } catch (InvalidInputException e) {
            TemplateInstance page = Templates.page(form, null, List.of(), "", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page)
                    .type(MediaType.TEXT_HTML)
                    .build();
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
