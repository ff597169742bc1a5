package in.prelims.fact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every slot value of a fact appears in the document it cites: figures and dates by
 * their value in any form {@link ValueFinder} reads, names by the entity's name or an alias.
 */
public final class Provenance {

    private Provenance() {}

    /** Errors for values not found; a document that cannot be read is an error too. */
    public static List<FactError> check(FactBase base, Path documentsDir) {
        return check(base.facts(), base.gazetteer(), documentsDir);
    }

    static List<FactError> check(List<Fact> facts, Gazetteer gazetteer, Path documentsDir) {
        List<FactError> errors = new ArrayList<>();
        Map<String, Document> documents = new HashMap<>();
        for (Fact fact : facts) {
            Document document =
                    documents.computeIfAbsent(fact.source().document(), name -> read(documentsDir.resolve(name)));
            if (document == null) {
                errors.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "document '" + fact.source().document() + "' is not in " + documentsDir.toAbsolutePath()
                                + " (facts.documents-dir)"));
                continue;
            }
            for (Slot slot : fact.slots().values()) {
                if (!document.contains(slot, gazetteer)) {
                    errors.add(new FactError(fact.file(), fact.line(), notFound(fact.id(), slot, gazetteer, fact)));
                }
            }
        }
        return errors;
    }

    static String notFound(String factId, Slot slot, Gazetteer gazetteer, Fact fact) {
        return "fact '" + factId + "', slot '" + slot.name() + "': '" + slot.display() + "' is not found in "
                + fact.source().document() + " (searched for " + String.join(" / ", SlotForms.forms(slot, gazetteer))
                + ")";
    }

    /** Whether the raw text states the slot's value. */
    public static boolean found(Slot slot, String text, Gazetteer gazetteer) {
        return Document.of(text).contains(slot, gazetteer);
    }

    /** Lower case, markup and punctuation gone, so "8th April, 2017" matches "8th april 2017". */
    public static String normalise(String text) {
        return Document.normalise(text);
    }

    /** The forms searched for, as a person would read them. */
    public static List<String> forms(Slot slot, Gazetteer gazetteer) {
        return SlotForms.forms(slot, gazetteer);
    }

    private static Document read(Path file) {
        try {
            return Document.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
