package io.github.trackdown.internal.portfolio;

import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Slugs;
import io.github.trackdown.model.Tracker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The owners across a portfolio's reports: every body a recommendation's latest assessment is addressed to, the same
 * body across reports when its name matches exactly, or when {@code aliases:} in portfolio.yml names one spelling
 * a variant of the other.
 */
public final class Owners {

    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(
            Comparator.naturalOrder());

    private final Map<String, List<Entry>> byOwner = new TreeMap<>(BY_NAME);
    private final Map<String, String> slugs = new HashMap<>();

    /** The owners of a portfolio's reports, with its aliases applied. */
    public Owners(Portfolio portfolio) {
        Map<String, String> canonical = new HashMap<>();
        portfolio.settings().aliases().forEach(alias -> canonical.put(alias.variant(), alias.owner()));
        for (Report report : portfolio.reports()) {
            List<Recommendation> recommendations = report.tracker().recommendations();
            for (int i = 0; i < recommendations.size(); i++) {
                Recommendation recommendation = recommendations.get(i);
                Set<String> named = new HashSet<>();
                for (String written : recommendation.latest().owners()) {
                    String owner = canonical.getOrDefault(written, written);
                    if (named.add(owner)) {
                        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Entry(report, recommendation, i));
                    }
                }
            }
        }
        slugs.putAll(Slugs.distinct(byOwner.keySet()));
    }

    /** Every owner's name as written in the reports' latest assessments, before aliases. */
    public static Set<String> written(List<Tracker> reports) {
        Set<String> names = new HashSet<>();
        reports.forEach(tracker -> tracker.recommendations()
                .forEach(recommendation -> names.addAll(recommendation.latest().owners())));
        return names;
    }

    /** Each owner with its recommendations across reports (in report then id order), owners in name order. */
    public Map<String, List<Entry>> byOwner() {
        return new LinkedHashMap<>(byOwner);
    }

    /** The path of an owner's page, from the portfolio's root. */
    public String path(String owner) {
        return "owners/" + slugs.get(owner) + ".html";
    }
}
