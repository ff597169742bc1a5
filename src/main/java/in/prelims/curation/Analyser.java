package in.prelims.curation;

import in.prelims.fact.Entity;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.ValueFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a document into sentences and finds its values, known entities and candidates for new ones. */
final class Analyser {

    /** A full stop ends a sentence unless it ends an abbreviation ("Rs.", "Shri.", "Dr.") or an initial. */
    private static final Pattern END = Pattern.compile("(?<=[.!?])[\"”’)]?\\s+(?=[\"“‘(]?[A-Z0-9₹])");

    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "rs", "shri", "smt", "dr", "mr", "mrs", "ms", "no", "st", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
            "vs", "govt", "dept", "u.s", "u.k", "prof", "hon'ble", "sh");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9&]+(?:-[A-Za-z0-9]+)*\\b");
    private static final Pattern MINISTRY = Pattern.compile(
            "\\b(?:Ministry|Department|Commission|Authority|Board|Council|Agency) of (?:[A-Z][\\w&,-]*|and|of|the|&)"
                    + "(?:[ \\t]+(?:[A-Z][\\w&-]*|and|of|the|&))*");
    private static final Pattern NAME = Pattern.compile(
            "\\b(?!The |Posted |On )[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|for|and|the))*[ -][A-Z][a-z]+\\b");
    private static final Set<String> NOT_NAMES =
            Set.of("IST", "PIB", "THE", "AND", "MOU", "I", "II", "III", "IV", "A", "PM");

    private Analyser() {}

    static Analysis analyse(String text, Gazetteer gazetteer) {
        List<Analysis.Sentence> sentences = sentences(text);
        List<Analysis.Mention> entities = entities(text, gazetteer, sentences);
        List<Analysis.Mention> candidates = candidates(text, gazetteer, sentences, entities);
        List<Analysis.Mention> names = new ArrayList<>(entities);
        names.addAll(candidates);
        String title = Documents.Prefill.source(text, null).title();
        String subject = Labels.subject(text, title, names);
        String verb = Labels.titleVerb(title);
        List<Analysis.Value> values = ValueFinder.find(text, true).stream()
                .filter(v -> !v.type().equals("count") || Units.after(v, text) != null)
                .map(v -> {
                    Analysis.Sentence s = sentences.get(sentenceAt(sentences, v.start()));
                    String unit = v.unit() != null && !v.type().equals("duration") ? v.unit() : Units.after(v, text);
                    String label = Labels.forValue(text, s, v.start(), v.end(), v.type(), unit, subject, verb, names);
                    return Analysis.Value.of(s.index(), v, text, label);
                })
                .toList();
        return new Analysis(
                sentences,
                values,
                labelled(entities, text, sentences, subject, verb, names),
                labelled(candidates, text, sentences, subject, verb, names),
                subject);
    }

    private static List<Analysis.Mention> labelled(
            List<Analysis.Mention> mentions,
            String text,
            List<Analysis.Sentence> sentences,
            String subject,
            String verb,
            List<Analysis.Mention> names) {
        return mentions.stream()
                .map(m -> m.text().equals(subject)
                        ? m
                        : m.labelled(Labels.forValue(
                                text,
                                sentences.get(m.sentence()),
                                m.start(),
                                m.end(),
                                m.kind(),
                                null,
                                subject,
                                verb,
                                names)))
                .toList();
    }

    /** Paragraphs (split at blank lines), then sentences within each. */
    static List<Analysis.Sentence> sentences(String text) {
        List<Analysis.Sentence> out = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(text);
        while (paragraph.find()) {
            int start = paragraph.start();
            Matcher m = END.matcher(text).region(paragraph.start(), paragraph.end());
            while (m.find()) {
                if (abbreviation(text, m.start())) continue;
                add(out, text, start, m.start());
                start = m.end();
            }
            add(out, text, start, paragraph.end());
        }
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot - 1) != '.') return false;
        int from = dot - 1;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        String word = text.substring(from, dot - 1).toLowerCase(Locale.ROOT).replaceAll("^[(\"“]", "");
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }

    private static void add(List<Analysis.Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Analysis.Sentence(out.size(), start, end, text.substring(start, end)));
    }

    static int sentenceAt(List<Analysis.Sentence> sentences, int offset) {
        for (Analysis.Sentence s : sentences) if (offset < s.end()) return s.index();
        return Math.max(sentences.size() - 1, 0);
    }

    private static List<Analysis.Mention> entities(String text, Gazetteer gazetteer, List<Analysis.Sentence> s) {
        List<Analysis.Mention> out = new ArrayList<>();
        for (Entity e : gazetteer.all()) {
            for (String name : e.allNames()) {
                if (name.length() < 2) continue;
                Matcher m = Pattern.compile(
                                "(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                        .matcher(text);
                while (m.find()) {
                    Analysis.Mention hit = new Analysis.Mention(
                            sentenceAt(s, m.start()), m.start(), m.end(), m.group(), e.name(), e.type());
                    if (out.stream().noneMatch(o -> o.start() < hit.end() && hit.start() < o.end())) out.add(hit);
                }
            }
        }
        out.sort(Comparator.comparingInt(Analysis.Mention::start));
        return out;
    }

    private static List<Analysis.Mention> candidates(
            String text, Gazetteer gazetteer, List<Analysis.Sentence> s, List<Analysis.Mention> known) {
        List<Analysis.Mention> out = new ArrayList<>();
        scan(MINISTRY, "ministry", text, gazetteer, s, known, out);
        scan(ACRONYM, "acronym", text, gazetteer, s, known, out);
        scan(NAME, "name", text, gazetteer, s, known, out);
        out.sort(Comparator.comparingInt(Analysis.Mention::start));
        return out;
    }

    private static void scan(
            Pattern p,
            String kind,
            String text,
            Gazetteer gazetteer,
            List<Analysis.Sentence> s,
            List<Analysis.Mention> known,
            List<Analysis.Mention> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String found = m.group().trim().replaceAll("[\\s,]+(and|of|the|&)$", "");
            int end = m.start() + found.length();
            if (NOT_NAMES.contains(found) || gazetteer.find(found).isPresent()) continue;
            if (found.length() < 3 && kind.equals("acronym")) continue;
            Analysis.Mention c = new Analysis.Mention(sentenceAt(s, m.start()), m.start(), end, found, found, kind);
            boolean overlaps = known.stream().anyMatch(o -> o.start() < c.end() && c.start() < o.end())
                    || out.stream().anyMatch(o -> o.start() < c.end() && c.start() < o.end());
            if (!overlaps && out.stream().noneMatch(o -> o.text().equals(found))) out.add(c);
        }
    }
}
