package in.prelims.fact;

import java.util.List;
import java.util.stream.Stream;

/**
 * A named thing in the gazetteer: an agency, a country, a person, an exercise, ...
 *
 * @param role        what the entity does, as a slug a slot constraint can ask for (foreign-minister, union-minister)
 * @param office      for a person: the office held at the time the facts describe ("Prime Minister of Australia")
 * @param entityClass the class within its type (bilateral/multilateral exercise, convention/protocol); YAML key {@code class}
 * @param members     the parties, where they matter (an exercise's or a grouping's countries)
 * @param partners    for a country: the countries it works with closely (strategic partners, allies), both ways;
 *                    a slot constraint {@code partner} draws wrong countries from them
 * @param note        one line saying what the entity is; explanations use it to say why a wrong option is wrong
 * @param article     "the" where running text names it with one ("the United Nations", "the United States"), or null
 */
public record Entity(
        String name,
        String type,
        String country,
        List<String> aliases,
        String role,
        String office,
        String entityClass,
        List<String> members,
        List<String> partners,
        String note,
        String article) {

    public Entity {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
        partners = List.copyOf(partners);
    }

    /** An entity with only the keys every gazetteer has had: name, type, country and aliases. */
    public Entity(String name, String type, String country, List<String> aliases) {
        this(name, type, country, aliases, null, null, null, List.of(), List.of(), null, null);
    }

    /** The same entity with other aliases and partners. */
    Entity with(List<String> aliases, List<String> partners) {
        return new Entity(name, type, country, aliases, role, office, entityClass, members, partners, note, article);
    }

    /** The name and every alias, for matching a value written in another form. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
