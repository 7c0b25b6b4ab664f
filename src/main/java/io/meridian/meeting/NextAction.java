package io.meridian.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.meridian.messages.ClientDates;
import io.meridian.messages.Localized;
import io.meridian.moments.TeamToday;
import io.meridian.system.Text;
import io.swagger.v3.oas.annotations.media.Schema;

/** One next action agreed in a meeting: what, and on which day (seed 003: "report by Thursday, talk on Friday"). */
record NextAction(
    @Schema(description = "the day it is due") LocalDate dueOn,
    @Schema(description = "what is to be done") String text) {

    static final int MAX_TEXT = 1000;
    static final int MAX_ACTIONS = 20;

    /**
     * The form's lines, one action a line as {@code yyyy-mm-dd: what}; blank lines are skipped. Every bad line is named in
     * the one message of {@code field}, as the API's 400 names every bad action, so the form is corrected in one go.
     */
    static List<NextAction> parseLines(String field, Object value, TeamToday today, ActionDays days, Map<String, String> errors) {
        List<NextAction> actions = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String text = value == null ? "" : value.toString();
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            int colon = l.indexOf(':');
            String date = colon < 0 ? l : l.substring(0, colon).strip();
            String what = colon < 0 ? "" : l.substring(colon + 1).strip();
            String problem = problem(date, what, today, days);
            if (problem == null) {
                actions.add(new NextAction(LocalDate.parse(date), what));
            } else {
                bad.add("line " + line + ": " + problem);
            }
        }
        if (bad.size() == 1) {
            errors.put(field, field + " (" + bad.get(0).replaceFirst(": ", "): "));
        } else if (!bad.isEmpty()) {
            errors.put(field, field + " has " + bad.size() + " lines to correct: " + String.join("; ", bad));
        }
        return finish(field, actions, errors);
    }

    /** The API's list of {@code {"dueOn": "2027-03-11", "text": "..."}}. */
    static List<NextAction> parseList(String field, List<Map<String, Object>> items, TeamToday today, ActionDays days,
                                      Map<String, String> errors) {
        List<NextAction> actions = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> item = items.get(i);
                if (item == null) {
                    errors.put(field + "[" + i + "]", field + "[" + i + "] is empty");
                    continue;
                }
                NextAction a = checkItem(field + "[" + i + "]", item.get("dueOn"), item.get("text"), today, days, errors);
                if (a != null) {
                    actions.add(a);
                }
            }
        }
        return finish(field, actions, errors);
    }

    /**
     * One action of the API's list, each of its fields checked and named as the JSON names it ({@code actions[0].dueOn},
     * {@code actions[0].text}), so one answer names both when both are wrong.
     */
    private static NextAction checkItem(String at, Object dueOnGiven, Object textGiven, TeamToday today, ActionDays days,
                                        Map<String, String> errors) {
        String dateField = at + ".dueOn";
        String textField = at + ".text";
        String date = dueOnGiven == null ? "" : dueOnGiven.toString().strip();
        String what = textGiven == null ? "" : textGiven.toString().strip();
        LocalDate dueOn = null;
        if (date.isEmpty()) {
            errors.put(dateField, dateField + " is required: the day the action is due, yyyy-mm-dd (e.g. " + today.date().plusDays(7) + ")");
        } else {
            try {
                dueOn = LocalDate.parse(date);
                if (dueOn.isBefore(today.date())) {
                    errors.put(dateField, dateField + " " + dueOn + " is in the past (" + today.said() + ")");
                    dueOn = null;
                } else if (days.problem(dueOn) != null) {
                    errors.put(dateField, dateField + " " + days.problem(dueOn));
                    dueOn = null;
                }
            } catch (DateTimeParseException e) {
                errors.put(dateField, dateField + " '" + date + "' is not a date yyyy-mm-dd (e.g. " + today.date().plusDays(7) + ")");
            }
        }
        if (what.isEmpty()) {
            errors.put(textField, textField + " is required: what is to be done" + (dueOn == null ? "" : " on " + dueOn));
        } else if (what.length() > MAX_TEXT) {
            errors.put(textField, textField + " is longer than " + MAX_TEXT + " characters");
        } else if (Text.Check.unreadable(textField, what) != null) {
            errors.put(textField, Text.Check.unreadable(textField, what));
        }
        return dueOn == null || errors.containsKey(textField) ? null : new NextAction(dueOn, what);
    }

    /** What is wrong with one line's day and action, null when nothing is. */
    private static String problem(String date, String what, TeamToday today, ActionDays days) {
        LocalDate dueOn;
        try {
            dueOn = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return "'" + date + "' is not a date yyyy-mm-dd; write each action as 'yyyy-mm-dd: what'";
        }
        if (dueOn.isBefore(today.date())) {
            return dueOn + " is in the past (" + today.said() + ")";
        }
        String closed = days.problem(dueOn);
        if (closed != null) {
            return closed;
        }
        if (what.isEmpty()) {
            return "say what is to be done on " + dueOn;
        }
        if (what.length() > MAX_TEXT) {
            return "longer than " + MAX_TEXT + " characters";
        }
        // the form's lines as the API's list: no control character (a NUL pasted from another program) is kept
        return Text.Check.unreadable("the action", what);
    }

    private static List<NextAction> finish(String field, List<NextAction> actions, Map<String, String> errors) {
        // an action refused above already says what is wrong with the list
        boolean refused = errors.keySet().stream().anyMatch(k -> k.equals(field) || k.startsWith(field + "["));
        if (actions.isEmpty() && !refused) {
            errors.put(field, field + " needs at least one next action with its date (the minutes carry the next actions)");
        } else if (actions.size() > MAX_ACTIONS) {
            errors.put(field, field + " has more than " + MAX_ACTIONS + " actions");
        }
        return actions;
    }

    /**
     * The actions as the client's email lists them: by date, each day written as the email's language writes it, with
     * its weekday, then the language's colon ("Wednesday, 9 December 2026: Send the revised drawing",
     * "2026年12月9日（水）：Send…", "mercredi 9 décembre 2026 : Send…"), one a line.
     */
    static Localized forClient(List<NextAction> actions) {
        Localized lines = linesForClient(actions);
        return language -> String.join("\n", (List<String>) lines.in(language));
    }

    /** The same lines as a list ({@code actionList}, each {@code action}), for the HTML part's bulleted list. */
    static Localized listForClient(List<NextAction> actions) {
        Localized lines = linesForClient(actions);
        return language -> ((List<String>) lines.in(language)).stream().map(l -> Map.of("action", l)).toList();
    }

    private static Localized linesForClient(List<NextAction> actions) {
        List<NextAction> byDate = actions.stream().sorted(Comparator.comparing(NextAction::dueOn)).toList();
        return language -> byDate.stream().map(a -> ClientDates.day(a.dueOn()).in(language) + colon(language) + a.text()).toList();
    }

    /**
     * The colon after the day as the language writes it: full-width with no space in Chinese and Japanese (GB/T
     * 15834-2011; as the templates' labels, CjkPunctuationTest), a no-break space before it in French (Imprimerie
     * nationale, as FrenchPunctuationTest has the templates), else a colon and a space. Arabic too: its script has a
     * comma, semicolon and question mark of its own (U+060C, U+061B, U+061F; the Unicode Arabic block, and CLDR's
     * Arabic-Latin transliteration maps those three alone) but writes the common colon, with no space before and one
     * after; in a right-to-left part it stands after the day, and each line sits in a {@code <bdi>} in the HTML.
     */
    static String colon(String language) {
        return switch (language) {
            case "zh", "ja" -> "\uff1a";
            case "fr" -> "\u00a0: ";
            default -> ": ";
        };
    }

    /** The lines the form shows, as the form takes them ("yyyy-mm-dd: what"). */
    static String lines(List<NextAction> actions) {
        StringBuilder b = new StringBuilder();
        for (NextAction a : actions) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(a.dueOn()).append(": ").append(a.text());
        }
        return b.toString();
    }
}
