package io.meridian.progress;

import java.util.Locale;

import io.meridian.etiquette.Etiquette;

/**
 * How often a client gets a progress report. Seed 003 ("根据项目周期制定每周/双周进度报告"): weekly or every two
 * weeks. Which one is judgement on the etiquette and the client record: weekly for a key account (tier A) and for
 * a fast-paced client (etiquette pace FAST, seed 003: "New York, London: answer fast"), every two weeks otherwise;
 * a cadence set on the order's fulfilment ({@code reportCadence}) wins.
 */
enum ReportCadence {
    WEEKLY(7), BIWEEKLY(14);

    private final int days;

    ReportCadence(int days) {
        this.days = days;
    }

    int days() {
        return days;
    }

    static ReportCadence of(String given, String tier, Etiquette etiquette) {
        if (given != null && !given.isBlank()) {
            return valueOf(given.trim().toUpperCase(Locale.ROOT));
        }
        boolean keyAccount = "A".equals(tier);
        boolean fast = etiquette != null && "FAST".equals(etiquette.pace());
        return keyAccount || fast ? WEEKLY : BIWEEKLY;
    }
}
