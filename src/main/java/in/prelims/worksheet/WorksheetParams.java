package in.prelims.worksheet;

import in.prelims.web.FilterParams;
import org.jboss.resteasy.reactive.RestQuery;

/** The query of /worksheets/paper and /worksheets.pdf as typed; {@link WorksheetOptions} parses it. */
public class WorksheetParams extends FilterParams {

    @RestQuery
    public String title;

    @RestQuery
    public String institute;

    @RestQuery
    public String sets;

    @RestQuery
    public String duration;

    @RestQuery
    public String marking;

    @RestQuery
    public String copy;
}
