package in.prelims.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A refused request as the client sees it; its JSON form is {@code {status, error, field?}}.
 *
 * @param field the request field at fault, or null
 * @param retryAfterSeconds sent as Retry-After, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(
        int status, String error, String field, @JsonIgnore Long retryAfterSeconds) {

    Problem(int status, String error) {
        this(status, error, null, null);
    }
}
