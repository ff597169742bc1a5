package in.prelims.fact;

import java.util.List;
import java.util.Map;

/**
 * A list a source states (the seven IPOI pillars, the fields an MoU "includes"), whose members are the
 * values of the facts that name it. A value outside the list may be called false only when the list
 * is complete or the value is recorded as known false, with a note saying why.
 *
 * @param knownFalse value to the note explaining why it is not a member
 * @param membersAre what the members are, as a plural noun phrase that completes "How many of the items given above
 *                   are ...?" ("pillars of the Indo-Pacific Oceans Initiative"); null when the curators gave none
 * @param members    the member facts' values, derived at load time
 * @param statementsOnly whether its members are only judged as statements, never asked with options: an open list's
 *                   known-false values are ones no such document could cover, and three of them beside the key leave
 *                   the key as the one option that fits
 */
public record FactList(
        String name,
        boolean complete,
        Map<String, String> knownFalse,
        String membersAre,
        List<String> members,
        String file,
        int line,
        boolean statementsOnly) {

    /** A list whose members may also be asked with options. */
    public FactList(
            String name,
            boolean complete,
            Map<String, String> knownFalse,
            String membersAre,
            List<String> members,
            String file,
            int line) {
        this(name, complete, knownFalse, membersAre, members, file, line, false);
    }
}
