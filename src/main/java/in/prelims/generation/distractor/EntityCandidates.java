package in.prelims.generation.distractor;

import in.prelims.fact.Entity;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Slot;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Other gazetteer entities of the key's type that satisfy the slot's constraint (same country, role or
 * class as the question needs), names of similar length first. When the constraint names a country, only that
 * country's entities are looked at, so that a large gazetteer's window still holds them.
 */
final class EntityCandidates {

    /** How many entities of a type are looked at; keeps large gazetteers fast. */
    private static final int WINDOW = 40;

    /** Characters of length difference that count as one step of rank, against a random jitter of 1.5. */
    private static final int LENGTH_STEP = 15;

    private EntityCandidates() {}

    static List<Slot> of(Slot key, Gazetteer gazetteer, Random random) {
        Entity keyEntity = gazetteer.find(key.value()).orElse(null);
        String wantedCountry = key.constraint().country(key.type(), keyEntity);
        List<Entity> all =
                wantedCountry == null ? gazetteer.ofType(key.type()) : gazetteer.ofType(key.type(), wantedCountry);
        String country = keyEntity == null ? null : keyEntity.country();
        int length = key.value().length();
        List<Entity> window = all;
        if (all.size() > WINDOW) {
            int start = random.nextInt(all.size());
            window = new ArrayList<>();
            for (int i = 0; i < WINDOW; i++) window.add(all.get((start + i) % all.size()));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Entity e : window) {
            if (e == keyEntity || !key.constraint().admits(key.type(), keyEntity, e)) continue;
            int sameCountry = country != null && Objects.equals(country, e.country()) ? 0 : 1;
            // a long key's nearest lengths would otherwise win every time (the same three ministries in every paper)
            int lengthGap = Math.abs(e.name().length() - length) / LENGTH_STEP;
            ranked.add(new Ranked(e, sameCountry + lengthGap + random.nextDouble() * 1.5));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::rank));
        // made on demand: the caller usually stops after the first few
        return new AbstractList<>() {
            @Override
            public Slot get(int index) {
                Entity e = ranked.get(index).entity();
                return key.withValue(e.name()).withArticle(e.article());
            }

            @Override
            public int size() {
                return ranked.size();
            }
        };
    }

    private record Ranked(Entity entity, double rank) {}

    /**
     * Whether {@code candidate} names an entity of the key's type, other than {@code keyEntity} (the key's
     * own, or null), that the key's constraint admits.
     */
    static boolean admits(Slot key, Entity keyEntity, String candidate, Gazetteer gazetteer) {
        Entity e = gazetteer.find(candidate).orElse(null);
        return e != null
                && e != keyEntity
                && e.type().equals(key.type())
                && key.constraint().admits(key.type(), keyEntity, e);
    }
}
