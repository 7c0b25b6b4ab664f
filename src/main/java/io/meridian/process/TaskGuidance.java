package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.CountryZones;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteWords;
import io.meridian.etiquette.Observance;
import io.meridian.messages.ClientMessages;
import io.meridian.moments.TeamMoments;
import io.meridian.rules.FiredRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a task's form shows, as markdown in task-local variables: the client and the request with
 * the due time in both clocks and the next contact window ({@code briefing}), the etiquette with
 * the observances in force ({@code guidance}), and the rows that decided it ({@code why}). The
 * etiquette is decided again when the task is created, so the observances are those in force now.
 */
@Component
public class TaskGuidance {

    /** The briefing's paragraph on the client (company, contact, country, tier, preference). */
    static final String CLIENT_LINE = "**Client:**";
    /** The briefing's paragraph on the client's clock (a country's default zone assumed, or a zone corrected since). */
    static final String ZONE_NOTE = "**Client's time zone:**";
    /** The briefing's paragraph heads of the due time and the next contact window, which a zone change writes anew. */
    public static final String DUE_HEAD = "**Due:**";
    public static final String WINDOW_HEAD = "**Next contact window:**";
    /** The briefing's paragraph head of the client's desk, whose clock "team time" is; a desk move writes it anew. */
    public static final String DESK_HEAD = "**Desk:**";

    /**
     * The texts of a task's form that render what others keep: the briefing (the client ledger's facts,
     * the task's due and follow-up dates), the guidance (the etiquette decision, which the ledgers keep
     * with its rows and workbook version) and the email previews (the emails themselves go to the outbox).
     * Not {@code why}, the rows that decided this task's guidance when it was created: its explanation.
     */
    public static final List<String> RENDERINGS = Stream.concat(
        Stream.of(ClientVariables.BRIEFING, ClientVariables.GUIDANCE), EmailPreview.VARIABLES.stream()).toList();

    /** Camunda keeps text variables up to 4000 characters. */
    private static final int MAX_TEXT = 3900;

    private final ClientClocks clients;
    private final List<BriefingSection> sections;

    TaskGuidance(ClientClocks clients, List<BriefingSection> sections) {
        this.clients = clients;
        this.sections = List.copyOf(sections);
    }

    /** Sets the follow-up date and the guidance variables of a task that contacts the client; its due date must be set. */
    public void render(DelegateTask task, Instant now, ClientClocks.Client client) {
        render(task, now, client, true);
    }

    /**
     * Sets the follow-up date and the guidance variables of {@code task}; its due date must be set. A task that does not
     * contact the client (the team's own work, {@link TaskDueRule#contactsClient}) is followed up when the team is next
     * at work, and its briefing gives its due time in the team's clock with no client window.
     */
    public void render(DelegateTask task, Instant now, ClientClocks.Client client, boolean contactsClient) {
        Etiquette e = client.etiquette();
        ZoneId clientZone = client.zone();
        Instant due = task.getDueDate().toInstant();
        Optional<ContactWindow> window = Optional.empty();
        if (contactsClient) {
            window = followUp(task, now, client);
        } else {
            task.setFollowUpDate(Date.from(client.team().nextWorkingStart(now)));
        }
        String preferred = ProcessValues.text(task, ClientVariables.PREFERRED_CHANNEL);
        show(task, briefing(task, due, clientZone, client.teamZone(), contactsClient, window) + desk(client),
            contactsClient ? guidance(e, preferred) : ifYouMustContact(e, preferred), why(e));
    }

    private String briefing(DelegateTask task, Instant due, ZoneId clientZone, ZoneId teamZone, boolean contactsClient,
                            Optional<ContactWindow> window) {
        StringBuilder b = new StringBuilder();
        b.append(CLIENT_LINE).append(' ').append(value(task, ClientVariables.COMPANY)).append(", ").append(value(task, ClientVariables.CONTACT_NAME))
            .append(" <").append(value(task, ClientVariables.EMAIL)).append(">, ").append(value(task, ClientVariables.COUNTRY))
            .append(", tier ").append(value(task, ClientVariables.TIER)).append(preference(task));
        if (ProcessValues.text(task, ClientVariables.LANGUAGE) != null) {
            b.append(", language ").append(value(task, ClientVariables.LANGUAGE));
        }
        assumedZone(task, clientZone, due).ifPresent(note -> b.append("\n\n").append(note));
        appendSections(b, task, BriefingSection.Place.BEFORE_DUE, teamZone, clientZone);
        if (contactsClient) {
            b.append("\n\n").append(DUE_HEAD).append(' ').append(due(task, due, teamZone, clientZone));
            b.append("\n\n").append(WINDOW_HEAD).append(' ').append(window(window, teamZone, clientZone));
        } else {
            // the team's own work: the client's clock and call windows would only mislead
            b.append("\n\n").append(DUE_HEAD).append(' ').append(teamDue(due, teamZone));
            b.append("\n\n").append(TEAM_WORK_HEAD).append(" this task does not contact the client, so it runs in the team's working"
                + " time and no client window applies: followed up ").append(teamDue(task.getFollowUpDate().toInstant(), teamZone))
                .append(", when the team is next at work.");
        }
        appendSections(b, task, BriefingSection.Place.AFTER_CONTACT_WINDOW, teamZone, clientZone);
        return b.toString();
    }

    /** The briefing's paragraph head of the team's own work, which contacts no client. */
    public static final String TEAM_WORK_HEAD = "**Team work:**";

    /**
     * The guidance of the team's own work (the factory, customs, the forwarder): only what a team member needs who must reach
     * the client after all (how, in writing, how to address them, what not to raise, when nobody answers), not the tone and
     * pace of a sales talk. Its form's heading says "If you must contact the client".
     */
    public static String ifYouMustContact(Etiquette e, String preferredChannel) {
        // the briefing's "Team work:" line says already that the task contacts no client
        StringBuilder b = new StringBuilder("Only for a document or a date that the client alone can give:");
        b.append("\n\n**Channel:** ").append(channel(e, preferredChannel));
        b.append("\n\n**Confirmations:** anything you agree with the client goes to them in writing by ")
            .append(Optional.ofNullable(EtiquetteWords.channel(e.confirmationChannel())).orElse("email")).append(".");
        b.append("\n\n**Honorifics:** ").append(e.honorifics() ? "yes: use titles and honorifics, strict email format"
            : "not needed: first names are fine once offered");
        if (!e.tabooTopics().isEmpty()) {
            b.append("\n\n**Taboo topics:** ").append(String.join(", ", e.tabooTopics()));
        }
        appendObservances(b, e);
        return b.toString();
    }

    /** How many of a country's other clocks a briefing names before "and N more". */
    private static final int CLOCKS_NAMED = 3;

    /**
     * For a client whose record names no time zone in a country with several clocks (the United States, Australia, Russia,
     * ...): that the client's times are the country's default zone's, which may be hours off, and how to set theirs.
     * Empty when the client has a zone of their own or the country keeps one clock.
     */
    public static Optional<String> assumedZone(VariableScope task, ZoneId clientZone, Instant at) {
        String country = ProcessValues.text(task, ClientVariables.COUNTRY);
        if (country == null || ProcessValues.text(task, ClientVariables.TIME_ZONE) != null) {
            return Optional.empty();
        }
        List<ZoneId> others = CountryZones.otherClocks(country, clientZone, at);
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String named = others.stream().limit(CLOCKS_NAMED).map(ZoneId::getId).collect(Collectors.joining(", "))
            + (others.size() > CLOCKS_NAMED ? " and " + (others.size() - CLOCKS_NAMED) + " more" : "");
        return Optional.of(ZONE_NOTE + " " + clientZone + ", the default for " + country + ": the client record names"
            + " none, and " + country + " keeps other clocks too (" + named + "), so the client times here may be hours off. Ask"
            + " where the client is and set `timeZone` on their record (" + ClientMessages.clientChange(value(task, ClientClocks.CLIENT_ID))
            + "): this task and the rest of the client's running work follow it at once.");
    }

    /** ", prefers LinkedIn", as the client record says. */
    private static String preference(DelegateTask task) {
        String preferred = EtiquetteWords.channel(ProcessValues.text(task, ClientVariables.PREFERRED_CHANNEL));
        return preferred == null ? ", no preferred channel on record" : ", prefers " + preferred;
    }

    private void appendSections(StringBuilder b, DelegateTask task, BriefingSection.Place place, ZoneId teamZone, ZoneId clientZone) {
        for (BriefingSection section : sections) {
            if (section.place() == place) {
                section.section(task, teamZone, clientZone).ifPresent(text -> b.append("\n\n").append(text));
            }
        }
    }

    /**
     * Sets the follow-up date of {@code task} at the start of the client's next call window (now
     * when there is none) and returns that window: a window of the client's desk where the team has
     * desks (its clock, contact hours and calendar), else of the team.
     */
    public Optional<ContactWindow> followUp(DelegateTask task, Instant now, ClientClocks.Client client) {
        Optional<ContactWindow> window = clients.clocks().nextCall(client.calendar(), client.team(), now);
        task.setFollowUpDate(Date.from(window.map(ContactWindow::start).orElse(now)));
        return window;
    }

    /** The client's desk for the briefing ("" for one team): whose clock "team time" is. */
    public static String desk(ClientClocks.Client client) {
        return client.desk().map(d -> "\n\n" + DESK_HEAD + " " + d.title() + " (" + d.group() + ", " + d.calendar().zone()
            + "): its clock is the team time above").orElse("");
    }

    /** Sets what the task's form shows: briefing, guidance and why, each cut to what a text variable keeps. */
    public static void show(DelegateTask task, String briefing, String guidance, String why) {
        task.setVariableLocal(ClientVariables.BRIEFING, cut(briefing));
        task.setVariableLocal(ClientVariables.GUIDANCE, cut(guidance));
        task.setVariableLocal(ClientVariables.WHY, cut(why));
    }

    /** The next call window in both clocks, saying when it stretches the team's day and what that costs. */
    public static String window(Optional<ContactWindow> window, ZoneId teamZone, ZoneId clientZone) {
        return window.map(w -> TeamMoments.of(w.teamLocalStart()) + "–" + w.teamLocalEnd().toLocalTime() + (teamZone.equals(clientZone)
                ? " team and client time (" + teamZone + ")"
                : " team time (" + teamZone + ") = " + TeamMoments.of(w.clientLocalStart()) + "–" + w.clientLocalEnd().toLocalTime()
                    + " client time (" + clientZone + ")")
                + (w.cost() != null ? ". Outside the team's hours: " + w.cost() + "; or write, to land in the client's business hours"
                    : w.stretch() ? (w.teamLocalStart().getHour() < 12 ? ". Early morning" : ". Late evening")
                        + " for the team (its stretch hours): its regular hours do not meet the client's that day" : ""))
            .orElse("none in the next weeks (the client is closed)");
    }

    /**
     * How to deal with the client, as markdown: tone, channel, confirmations, meetings, honorifics, taboos, notes,
     * observances in force. {@code preferredChannel} is the client record's (null when it names none): it comes
     * before the channel usual in the client's country.
     */
    public static String guidance(Etiquette e, String preferredChannel) {
        StringBuilder b = new StringBuilder();
        b.append("**Tone:**");
        EtiquetteWords.tone(e).forEach(phrase -> b.append("\n- ").append(phrase));
        b.append("\n\n**Channel:** ").append(channel(e, preferredChannel));
        String confirmations = Optional.ofNullable(EtiquetteWords.channel(e.confirmationChannel())).orElse("email");
        b.append("\n\n**Confirmations:** in writing by ").append(confirmations)
            .append(", whatever channel you use day to day: quotes, order confirmations and changes, payment terms and liability"
                + " statements. Anything important agreed on another channel goes to the client again in an email marked \"Confirmed items\".");
        b.append("\n\n**Meetings:** ").append(Optional.ofNullable(EtiquetteWords.meeting(e.meeting())).orElse("–"));
        if (e.bilingualDocuments()) {
            b.append("; important documents in both languages, professionally checked");
        }
        b.append("\n\n**Honorifics:** ").append(e.honorifics() ? "yes: use titles and honorifics, strict email format"
            : "not needed: first names are fine once offered");
        b.append("\n\n**Taboo topics:** ").append(e.tabooTopics().isEmpty() ? "none noted" : String.join(", ", e.tabooTopics()));
        b.append("\n\n**Notes:**");
        if (e.notes().isEmpty()) {
            b.append(" none");
        }
        e.notes().forEach(n -> b.append("\n- ").append(n));
        appendObservances(b, e);
        if (e.fallback()) {
            b.append("\n\n*No row of its own for ").append(e.country()).append(": region defaults of ").append(e.region()).append(".*");
        }
        return b.toString();
    }

    private static void appendObservances(StringBuilder b, Etiquette e) {
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
    }

    /**
     * Which channel to use for this client: their own preference first, the channel usual in their country as
     * context, e.g. "email, the client's stated preference: use it. For context: WhatsApp is the usual day-to-day
     * channel in Germany."
     */
    static String channel(Etiquette e, String preferredChannel) {
        String usual = EtiquetteWords.channel(e.quickChannel());
        String where = EtiquetteWords.country(e.country());
        String preferred = EtiquetteWords.channel(preferredChannel);
        if (usual == null) {
            return preferred == null ? "email (the client has stated no preference)" : preferred + ", the client's stated preference";
        }
        if (preferred == null) {
            return usual + ", the usual day-to-day channel in " + where + " (the client has stated no preference)";
        }
        if (!EtiquetteWords.canWriteOn(preferredChannel)) {
            return usual + ", the usual day-to-day channel in " + where + " (the client's record names " + preferred
                + " as preferred, which is no way to write to them)";
        }
        if (preferred.equals(usual)) {
            return preferred + ", the client's stated preference and the usual day-to-day channel in " + where;
        }
        return preferred + ", the client's stated preference: use it. For context: " + usual + " is the usual day-to-day channel in "
            + where + ".";
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

    /**
     * A client-facing task's due time in both clocks, with why it is later than the team's own rule gives when the client
     * is closed then ({@link ClientClosedDue}): the "Due:" line of every briefing that has one.
     */
    public static String due(DelegateTask task, Instant due, ZoneId teamZone, ZoneId clientZone) {
        return due(due, teamZone, clientZone, ClientClosedDue.why(task));
    }

    private static String due(Instant due, ZoneId teamZone, ZoneId clientZone, Optional<String> why) {
        return both(due, teamZone, clientZone) + why.map(w -> ", " + w).orElse("");
    }

    /**
     * {@code briefing} with its "Due:" line (of a task that contacts the client) giving {@code due} and {@code why}, for a task
     * whose due time a step moved after it was made (a stock-ready notice brought forward by the stock's completion).
     */
    public static String withDue(String briefing, Instant due, ZoneId teamZone, ZoneId clientZone, Optional<String> why) {
        List<String> paragraphs = new ArrayList<>(List.of(briefing.split("\n\n", -1)));
        paragraphs.replaceAll(p -> p.startsWith(DUE_HEAD + " ") && p.contains(" client time (")
            ? DUE_HEAD + " " + due(due, teamZone, clientZone, why) : p);
        return cut(String.join("\n\n", paragraphs));
    }

    /** The due time of the team's own work, in the team's clock alone: the "Due:" line of a task that contacts no client. */
    public static String teamDue(Instant due, ZoneId teamZone) {
        return TeamMoments.at(due, teamZone) + " team time (" + teamZone + ")";
    }

    /** A moment in the team's clock and the client's. */
    public static String both(Instant at, ZoneId teamZone, ZoneId clientZone) {
        if (teamZone.equals(clientZone)) {
            return TeamMoments.at(at, teamZone) + " team and client time (" + teamZone + ")";
        }
        return TeamMoments.at(at, teamZone) + " team time (" + teamZone + ") = "
            + TeamMoments.at(at, clientZone) + " client time (" + clientZone + ")";
    }

    /** A variable's text for a briefing, "–" when it is not set. */
    public static String value(VariableScope task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "–" : value.toString();
    }

    /** Cuts text to what a Camunda text variable keeps. */
    public static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
