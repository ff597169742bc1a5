package in.prelims.curation;

import in.prelims.fact.FoundValue;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;

/** A found value shown as a question will show it: "INR 19744 crore", "4 January 2023". */
final class Displays {

    private Displays() {}

    static String of(FoundValue v) {
        SlotKind kind = SlotKind.of(v.type());
        return new Slot("x", v.type(), kind, v.value(), v.scale(), v.unit(), v.currency(), null).display();
    }
}
