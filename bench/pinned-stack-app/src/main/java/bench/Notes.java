package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/")
public class Notes {
    @GET
    public String count() {
        return "notes: " + Note.count();
    }
}
