package in.prelims.fact;

import io.quarkus.qute.TemplateExtension;

/** Values the fact pages compute from a fact or source. */
@TemplateExtension
class FactExtensions {

    static String rendered(Fact fact) {
        return fact.render();
    }

    static String publishedLong(Source source) {
        return SlotFormat.longDate(source.published());
    }

    /** A topic slug as people read it: {@code {t.topicName}} shows "India–Japan relations" for "india-japan". */
    static String topicName(String slug) {
        return io.quarkus.arc.Arc.container().instance(TopicNames.class).get().name(slug);
    }

    static String longDate(java.time.LocalDate date) {
        return SlotFormat.longDate(date);
    }
}
