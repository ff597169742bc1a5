package in.prelims.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds a URL query string; empty values are left out. */
public final class QueryString {

    private final StringBuilder query = new StringBuilder();

    public QueryString add(String name, String value) {
        if (!value.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
