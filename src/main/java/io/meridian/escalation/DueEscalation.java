package io.meridian.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.names.Words;
import io.meridian.rules.FiredRule;

/**
 * A task whose decided level is above the level it reached before: what the sweep will do to it.
 *
 * @param alertedLevel the level the task had reached when every manager was alerted to it (a crisis alert,
 *                     {@link OpenTask#managersAlertedAt()}): the managers had those levels' news in that email; 0 for none
 */
record DueEscalation(OpenTask task, double elapsedShare, EscalationDecision decision, ShareClock clock, int alertedLevel) {

    DueEscalation(OpenTask task, double elapsedShare, EscalationDecision decision, ShareClock clock) {
        this(task, elapsedShare, decision, clock, 0);
    }

    int level() {
        return decision.level();
    }

    /** Only the actions of the levels not reached before: a level's actions happen once. */
    List<EscalationAction> newActions() {
        return decision.actionsAbove(task.reachedLevel());
    }

    /** Why, for the task's history: the share elapsed, the pace and the rows of the table that decided. */
    String reason() {
        String rows = decision.firedRules().stream().collect(Collectors.groupingBy(FiredRule::sheet,
                LinkedHashMap::new, Collectors.mapping(r -> String.valueOf(r.row()), Collectors.joining(", "))))
            .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "Level %d %s (escalation pace %s, tier %s, severity %s); "
                + "escalation table version %s, rows %s.", level(), bornOverdue() ? "as the task was created after its due date"
                : "at " + percent(elapsedShare) + " of the " + clock.time() + " to the due date",
            decision.pace(), decision.tier(), decision.severity(), decision.rulesVersion(), rows);
    }

    /**
     * Why, for the people an email goes to: the level and the share elapsed in words, and the escalation table's rows
     * by sheet ("escalation table version 3: Pace sheet, row 7; Steps sheet, rows 10 and 11"). The table's pace is how
     * soon the team is reminded and managers step in, and is named so, beside the client's own pace as the etiquette decides
     * it for the task's client ({@code clientPace}, "slow — be patient, …"; null: the briefing is pointed to): "fast pace"
     * alone read as advice on the client, a Japanese client the briefing says to be patient with, and told the reader
     * two contrary things.
     */
    String readableReason(String clientPace) {
        Map<String, List<Integer>> rows = decision.firedRules().stream().collect(Collectors.groupingBy(FiredRule::sheet,
            LinkedHashMap::new, Collectors.mapping(FiredRule::row, Collectors.toList())));
        String where = rows.entrySet().stream().map(e -> e.getKey() + " sheet, " + (e.getValue().size() == 1 ? "row " : "rows ")
                + and(e.getValue().stream().distinct().sorted().map(String::valueOf).toList()))
            .collect(Collectors.joining("; "));
        return "Level " + level() + (bornOverdue() ? ", as the task was made after its due date" : ", as it has used " + percent(elapsedShare)
            + " of its " + clock.time() + " to the due date") + ". The team's escalation pace on this task is "
            + words(decision.pace()) + (decision.tier() == null && decision.severity() == null ? ""
                : " (" + (decision.tier() == null ? "" : "tier " + decision.tier() + (decision.severity() == null ? "" : ", "))
                    + (decision.severity() == null ? "" : "severity " + words(decision.severity().name())) + ")")
            + ": how soon the team is reminded and managers step in, not how to deal with the client, "
            + (clientPace == null ? "whose own pace the task's briefing gives" : "whose own pace is " + clientPace)
            + ". Decided by the escalation table, version " + decision.rulesVersion()
            + (where.isEmpty() ? "" : ": " + where) + ".";
    }

    private static String words(String value) {
        return value == null ? "normal" : Words.of(value);
    }

    private static String and(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
            : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * The task's time started at or after its due time (a due date copied from the past): it has no time of its own,
     * and its share counts against one minute from its creation. An inquiry or complaint entered after its due time
     * is not: its time started when the client raised it ({@link OpenTask#start}).
     */
    boolean bornOverdue() {
        return !task.due().isAfter(task.start());
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
