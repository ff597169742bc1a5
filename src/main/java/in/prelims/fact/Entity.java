package in.prelims.fact;

import java.util.List;

/** A named thing in the gazetteer: an agency, a country, a person, an exercise, ... */
public record Entity(String name, String type, String country, List<String> aliases) {

    /** The name and every alias, for matching a value written in another form. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                .toList();
    }
}
