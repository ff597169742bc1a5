package in.prelims.fact;

import java.util.List;
import java.util.Map;

/**
 * A list a source states (the seven IPOI pillars, the fields an MoU "includes"), whose members are the
 * values of the facts that name it. A value outside the list may be called false only when the list
 * is complete or the value is recorded as known false, with a note saying why.
 *
 * @param knownFalse value to the note explaining why it is not a member
 * @param members    the member facts' values, derived at load time
 */
public record FactList(
        String name, boolean complete, Map<String, String> knownFalse, List<String> members, String file, int line) {}
