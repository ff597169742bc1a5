package in.prelims.flashcard;

import in.prelims.web.FilterParams;
import org.jboss.resteasy.reactive.RestQuery;

/** The query of /flashcards, /flashcards.pdf and /flashcards/sheets, as typed; {@link DeckOptions} parses it. */
public class DeckParams extends FilterParams {

    @RestQuery
    public String perPage;

    @RestQuery
    public String paper;

    @RestQuery
    public String duplex;

    @RestQuery
    public String cutLines;

    @RestQuery
    public String title;
}
