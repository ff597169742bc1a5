package in.prelims.web;

import in.prelims.error.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Temporary: a 400 in the same JSON as {@link ErrorMapper}'s, until the web layer's error policy maps it. */
class InvalidInputMapper {

    @ServerExceptionMapper
    Response invalidInput(InvalidInputException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorMapper.ApiError(400, e.getMessage()))
                .build();
    }
}
