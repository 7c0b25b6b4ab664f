package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.calendar.ContactWindow;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.Observance;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.rules.FiredRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What a task's form shows, as markdown in task-local variables: the client and the request with
 * the due time in both clocks and the next contact window ({@code briefing}), the etiquette with
 * the observances in force ({@code guidance}), and the rows that decided it ({@code why}). The
 * etiquette is decided again when the task is created, so the observances are those in force now.
 */
@Component
public class TaskGuidance {

    /** Camunda keeps text variables up to 4000 characters. */
    private static final int MAX_TEXT = 3900;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");
    private static final Map<String, String> OBJECTION_ADVICE = Map.of(
        "PRICE", "Price objection: show the value behind the price and offer alternatives (quantity, terms, specification) before any discount.",
        "NEED", "Need objection: ask what the client really needs and adapt the product parameters.",
        "TRUST", "Trust objection: offer references, certificates, samples or a factory visit.",
        "DELAY", "Decision delay: set a concrete next date (\"report by Thursday, talk on Friday\").");

    private final ClientClocks clients;
    private final TaskClocks clocks;
    private final List<BriefingSection> sections;

    TaskGuidance(ClientClocks clients, TaskClocks clocks, List<BriefingSection> sections) {
        this.clients = clients;
        this.clocks = clocks;
        this.sections = List.copyOf(sections);
    }

    /** Sets the follow-up date and the guidance variables of {@code task}; its due date must be set. */
    public void render(DelegateTask task, Instant now, ClientClocks.Client client) {
        Etiquette e = client.etiquette();
        ZoneId clientZone = client.zone();
        Optional<ContactWindow> window = clients.clocks().nextCall(client.calendar(), now);
        task.setFollowUpDate(Date.from(window.map(ContactWindow::start).orElse(now)));
        Instant due = task.getDueDate().toInstant();
        task.setVariableLocal(Var.BRIEFING, cut(briefing(task, due, clientZone, window)));
        task.setVariableLocal(Var.GUIDANCE, cut(guidance(e)));
        task.setVariableLocal(Var.WHY, cut(why(e)));
    }

    private String briefing(DelegateTask task, Instant due, ZoneId clientZone, Optional<ContactWindow> window) {
        ZoneId teamZone = clocks.teamZone();
        StringBuilder b = new StringBuilder();
        b.append("**Client:** ").append(v(task, Var.COMPANY)).append(", ").append(v(task, Var.CONTACT_NAME))
            .append(" <").append(v(task, Var.EMAIL)).append(">, ").append(v(task, Var.COUNTRY))
            .append(", tier ").append(v(task, Var.TIER)).append(", prefers ").append(v(task, Var.PREFERRED_CHANNEL));
        if (ProcessValues.text(task, Var.LANGUAGE) != null) {
            b.append(", language ").append(v(task, Var.LANGUAGE));
        }
        b.append("\n\n**Request:** ").append(v(task, Var.QUANTITY)).append(" × ").append(v(task, Var.PRODUCT))
            .append(" via ").append(v(task, Var.CHANNEL));
        Instant received = ProcessValues.instant(task, Var.RECEIVED_AT, teamZone);
        if (received != null) {
            b.append(", received ").append(both(received, teamZone, clientZone));
        }
        if (ProcessValues.text(task, Var.MESSAGE) != null) {
            b.append("\n\n> ").append(v(task, Var.MESSAGE).replace("\n", "\n> "));
        }
        for (BriefingSection section : sections) {
            section.section(task).ifPresent(text -> b.append("\n\n").append(text));
        }
        b.append("\n\n**Due:** ").append(both(due, teamZone, clientZone));
        b.append("\n\n**Next contact window:** ").append(window(window, teamZone, clientZone));
        String objection = ProcessValues.text(task, Var.OBJECTION);
        if (objection != null && "handleObjection".equals(task.getTaskDefinitionKey())) {
            b.append("\n\n**Objection:** ").append(OBJECTION_ADVICE.getOrDefault(objection, objection));
            if (ProcessValues.text(task, Var.CLIENT_NOTE) != null) {
                b.append(" The client wrote: \"").append(v(task, Var.CLIENT_NOTE)).append("\"");
            }
        }
        if (ProcessValues.text(task, "exceptionKind") != null && "sendExceptionNotice".equals(task.getTaskDefinitionKey())) {
            b.append("\n\n**Exception:** ").append(v(task, "exceptionKind")).append(": ").append(v(task, "exceptionDescription"))
                .append(". Tell the client proactively the cause, the solution and the expected recovery time.");
        }
        if (ProcessValues.text(task, Var.NO_PUSH_REASON) != null) {
            b.append("\n\n**Waited:** ").append(v(task, Var.NO_PUSH_REASON));
        }
        return b.toString();
    }

    /** The next call window in both clocks, saying when it stretches the team's day and what that costs. */
    public static String window(Optional<ContactWindow> window, ZoneId teamZone, ZoneId clientZone) {
        return window.map(w -> w.teamLocalStart().format(CLOCK) + "–" + w.teamLocalEnd().toLocalTime() + " team time ("
                + teamZone + ") = " + w.clientLocalStart().format(CLOCK) + "–" + w.clientLocalEnd().toLocalTime()
                + " client time (" + clientZone + ")"
                + (w.cost() != null ? ". Outside the team's hours: " + w.cost() + "; or write, to land in the client's business hours"
                    : w.stretch() ? (w.teamLocalStart().getHour() < 12 ? ". Early morning" : ". Late evening")
                        + " for the team (its stretch hours): its regular hours do not meet the client's that day" : ""))
            .orElse("none in the next weeks (the client is closed)");
    }

    /** How to deal with the client, as markdown: tone, channel, honorifics, taboos, notes, observances in force. */
    public static String guidance(Etiquette e) {
        StringBuilder b = new StringBuilder();
        b.append("**Tone:** ").append(lower(e.directness())).append(", ").append(lower(e.formality()))
            .append(", ").append(lower(e.opening()).replace('_', ' ')).append("; feedback ").append(lower(e.feedback()))
            .append("; persuasion ").append(lower(e.persuasion()).replace('_', ' ')).append("; pace ").append(lower(e.pace()))
            .append("; ").append(lower(e.hierarchy())).append(" hierarchy; ").append(lower(e.context())).append(" context; ")
            .append(lower(e.time())).append(" time");
        b.append("\n\n**Channel:** day to day ").append(e.quickChannel()).append(", confirmations in writing by ")
            .append(e.confirmationChannel()).append("; meetings ").append(lower(e.meeting()).replace('_', ' '));
        if (e.bilingualDocuments()) {
            b.append("; important documents bilingual");
        }
        b.append("\n\n**Honorifics:** ").append(e.honorifics() ? "yes: use titles and honorifics, strict email format"
            : "not needed: first names are fine once offered");
        b.append("\n\n**Taboo topics:** ").append(e.tabooTopics().isEmpty() ? "none noted" : String.join(", ", e.tabooTopics()));
        b.append("\n\n**Notes:**");
        if (e.notes().isEmpty()) {
            b.append(" none");
        }
        e.notes().forEach(n -> b.append("\n- ").append(n));
        b.append("\n\n**Observances in force:**");
        List<Observance> observances = e.observances();
        if (observances.isEmpty()) {
            b.append(" none");
        }
        for (Observance o : observances) {
            b.append("\n- ").append(o.name()).append(" (").append(o.from()).append(" to ").append(o.to()).append("): ")
                .append(effect(o));
            if (o.advice() != null && !o.advice().isBlank()) {
                b.append(" ").append(o.advice());
            }
        }
        if (e.fallback()) {
            b.append("\n\n*No row of its own for ").append(e.country()).append(": region defaults of ").append(e.region()).append(".*");
        }
        return b.toString();
    }

    /** The etiquette rows that decided, as a markdown list. */
    public static String why(Etiquette e) {
        return "Decided by the etiquette table, version " + e.rulesVersion() + ", rows:\n"
            + e.firedRules().stream().map(TaskGuidance::row).collect(Collectors.joining("\n"));
    }

    public static String row(FiredRule r) {
        return "- " + r.sheet() + " row " + r.row() + " (" + r.rule() + ")";
    }

    private static String effect(Observance o) {
        return switch (o.effect()) {
            case NO_PUSH -> "do not press for the order.";
            case CLOSED -> "closed, nobody answers.";
            case SLOW -> "people are away, expect slow answers and no decisions.";
        };
    }

    private String both(Instant at, ZoneId teamZone, ZoneId clientZone) {
        return at.atZone(teamZone).format(CLOCK) + " team time (" + teamZone + ") = "
            + at.atZone(clientZone).format(CLOCK) + " client time (" + clientZone + ")";
    }

    private static String v(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "–" : value.toString();
    }

    private static String lower(String s) {
        return s == null ? "–" : s.toLowerCase(java.util.Locale.ROOT);
    }

    /** Cuts text to what a Camunda text variable keeps. */
    public static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
