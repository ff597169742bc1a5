package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
