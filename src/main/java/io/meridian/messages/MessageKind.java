package io.meridian.messages;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of client email, named as its folder under {@code messages/}, with the placeholders
 * its templates may use besides the common ones ({@link #COMMON}). {@code important} marks the
 * documents seed 001 wants bilingual where the etiquette says so; {@code team} is the team that sends it, whose name in
 * each language (the greeting's {@code team} part) signs it below the company's name: the order desk confirms orders and
 * reports progress, logistics sends the tracking number, support answers complaints and surveys; sales sends the rest,
 * the exception notice too (its client-facing role, {@code EmergencyRoles.client}).
 */
public enum MessageKind {
    QUOTE("quote", "quote", true, Team.SALES, "product", "quantity", "productParameters", "moq", "leadTimeDays", "paymentTerms",
        "portOfLoading", "unitPrice", "currency", "total", "validUntil", "inquiryId", "revised",
        // the inquiry's reference the client knows from the shop (its externalRef), empty when it came without one
        "externalRef"),
    ORDER_CONFIRMATION("order-confirmation", "order confirmation", true, Team.ORDER_DESK, "orderNumber", "quantity", "product", "amount", "currency",
        "deliveryDate", "shippingMethod", "bySea", "byAir", "byRail", "byRoad", "byExpress",
        // a changed delivery date's ("Stock after promised delivery"): the date promised before; empty at the order's confirmation
        "previousDeliveryDate"),
    TRACKING_NUMBER("tracking-number", "tracking number of the shipment", false, Team.LOGISTICS, "orderNumber", "carrier", "trackingNumber",
        // a split shipment's further containers or parcels, each an additionalTrackingNumber; empty for one part
        "additionalTrackingNumbers", "additionalTrackingNumber",
        // a correction's: the tracking number sent before, which this one replaces; empty for the first; and its apology's
        // tone: true for a client whose etiquette is INDIRECT
        // tone: true for a client whose etiquette is INDIRECT; and the right number, which the subject names (empty but in a correction)
        "replaces", "indirect", "corrected"),
    EXCEPTION_NOTICE("exception-notice", "notice of a delay or problem with the order", true, Team.SALES, "orderNumber", "complaintNumber", "productionDelay", "logisticsHold",
        "qualityComplaint", "cause", "solution",
        // recoveryTime: the expected recovery is a moment, which its zone follows; a day alone has no zone
        "expectedRecovery", "recoveryTime"),
    COMPLAINT_ACKNOWLEDGED("complaint-acknowledged", "acknowledgement of the complaint", false, Team.SUPPORT, "complaintNumber", "text", "crisis", "nextUpdateBy"),
    COMPLAINT_DIAGNOSIS("complaint-diagnosis", "diagnosis of the complaint", false, Team.SUPPORT, "complaintNumber", "text"),
    COMPLAINT_INTERIM_SOLUTION("complaint-interim-solution", "interim solution to the complaint", false, Team.SUPPORT, "complaintNumber", "text"),
    COMPLAINT_ROOT_CAUSE_FIX("complaint-root-cause-fix", "root cause of the complaint and its fix", false, Team.SUPPORT, "complaintNumber", "rootCause", "correctiveAction"),
    COMPLAINT_REOPENED("complaint-reopened", "complaint reopened", false, Team.SUPPORT, "complaintNumber", "comment"),
    COMPLAINT_CLOSING_REPORT("complaint-closing-report", "closing report of the complaint", false, Team.SUPPORT, "complaintNumber", "description", "diagnosis",
        "interimSolution", "rootCause", "correctiveAction"),
    COMPLAINT_RECEIVED("complaint-received", "automatic receipt of the complaint", false, Team.SUPPORT, "complaintNumber", "receivedAt", "replyBy", "nextOpening", "workingHours",
        "days", "hours", "closed"),
    AUTO_REPLY("auto-reply", "automatic reply to the inquiry", false, Team.SALES, "product", "externalRef", "receivedAt", "replyBy", "replyDueAt", "nextOpening", "workingHours", "days", "hours", "closed"),
    CONFIRMED_ITEMS("confirmed-items", "confirmed items", false, Team.SALES, "channel", "viaEmail", "viaPhone", "viaWhatsapp", "viaWechat", "viaLinkedin",
        "viaSkype", "viaWebsite", "viaTradeShow", "agreedAt", "agreedBy", "text", "recordNumber"),
    SATISFACTION_SURVEY("satisfaction-survey", "satisfaction survey", false, Team.SUPPORT, "quarter", "answerBy"),
    IMPROVEMENT_REPORT("improvement-report", "improvement report after the survey", false, Team.SUPPORT, "evaluatedAt", "nps", "csat", "ces", "detractor", "findings", "measures", "timetable",
        // a detractor's: the complaint the score opened or joined, which the client's reply quotes; empty for none
        "complaintNumber"),
    MEETING_MINUTES("meeting-minutes", "minutes of the talk", true, Team.SALES, "recordNumber", "meetingKind", "kindCall", "kindVideo", "kindMeeting", "heldAt", "needs", "points", "actions", "actionList", "action"),
    MILESTONE_CHECKLIST("milestone-checklist", "milestone checklist to confirm", false, Team.ORDER_DESK, "orderNumber", "milestone", "milestoneAt", "checklist", "item"),
    // a decision delay's next date, agreed on "Handle objection" (seed 003), confirmed to the client in writing (seed 001)
    NEXT_DATE("next-date", "confirmation of the next date agreed", false, Team.SALES, "product", "nextStepOn", "externalRef"),
    PROGRESS_REPORT("progress-report", "production progress report", false, Team.ORDER_DESK, "orderNumber", "reportNumber", "reportOn", "progressPercent", "stockComplete",
        "stockReadyOn", "customsCleared", "summary", "nextReportOn");


    private final String folder;
    private final String words;
    private final boolean important;
    private final Team team;
    private final Set<String> placeholders;

    MessageKind(String folder, String words, boolean important, Team team, String... placeholders) {
        this.folder = folder;
        this.words = words;
        this.important = important;
        this.team = team;
        Set<String> all = new LinkedHashSet<>(Common.NAMES);
        all.addAll(Arrays.asList(placeholders));
        this.placeholders = Set.copyOf(all);
    }

    /**
     * What every client email may use: the salutation, opening line and closing of its language (the opening is empty
     * where the language's greeting has none), the client and the time zone of its times ({@code clientZone}: its name in the part's language, e.g. "Japan Time", "日本時間").
     */
    public static Set<String> common() {
        return Common.NAMES;
    }

    private static final class Common {
        static final Set<String> NAMES = Set.of("salutation", "opening", "closing", "company", "contactName", "clientZone");
    }

    /**
     * Whether the email is our first reply to the client's inquiry (the auto-reply, the first quote), where the greeting
     * thanks for the inquiry rather than for the relationship under way ("いつもお世話になっております" would be wrong to a
     * client writing for the first time). A revised quote answers the client's feedback: the exchange is under way.
     */
    boolean firstReply(Map<String, ?> values) {
        return this == AUTO_REPLY || this == QUOTE && !Boolean.TRUE.equals(values.get("revised"));
    }

    public String folder() {
        return folder;
    }

    /**
     * What the email is, in words a team member reads in a task's preview ("order confirmation") or the task of an email
     * that was not delivered ("satisfaction survey"), lower case; never the folder's name. Every kind must give them.
     */
    public String words() {
        return words;
    }

    public boolean important() {
        return important;
    }

    /** The team that sends an email of this kind and signs it. */
    Team team() {
        return team;
    }

    /**
     * The group to give as {@link ClientMessages#TEAM} for an email of this kind that a member of {@code writerGroups}
     * writes, so that it is signed by the team that wrote it (Olivia of the order desk records confirmed items: "Order
     * desk", not the kind's "Export sales"). Empty, and so the kind's own team, when the writer belongs to it or to no team
     * that writes to clients (an integration, a manager); of several other teams, the first of sales, order desk,
     * logistics and support.
     */
    public Optional<String> signingGroup(Collection<String> writerGroups) {
        List<String> teams = writerGroups == null ? List.of()
            : writerGroups.stream().filter(g -> Team.ofGroup(g).isPresent()).toList();
        if (teams.stream().anyMatch(g -> Team.ofGroup(g).orElseThrow() == team)) {
            return Optional.empty();
        }
        return teams.stream().min(Comparator.comparing(g -> Team.ofGroup(g).orElseThrow().ordinal()));
    }

    /**
     * Whether a member of {@code writerGroups} signs an email of this kind sent as {@code sendingGroup} with their name: a
     * member of the team whose name signs it ("Export sales" for the exception notice, a complaint's handling team), or a
     * writer of no team that writes to clients (a manager answering as the senior contact). A member of another team only
     * (logistics' Leo under "Export sales") would read to the client as their contact in a team they are not in: the email
     * then signs as the team alone.
     */
    public boolean signedBy(Collection<String> writerGroups, Object sendingGroup) {
        Team signing = Team.ofGroup(sendingGroup).orElse(team);
        List<Team> teams = writerGroups == null ? List.of()
            : writerGroups.stream().map(Team::ofGroup).flatMap(Optional::stream).toList();
        return teams.isEmpty() || teams.contains(signing);
    }

    /**
     * The group of the team that signs an email of this kind sent as {@code sendingGroup} (its {@link ClientMessages#TEAM}
     * value, a desk's "sales-apac" reading as sales): the kind's own team for none or a group that writes to no client, as
     * the signature under the email reads.
     */
    public String signingTeam(Object sendingGroup) {
        return Team.ofGroup(sendingGroup).orElse(team).group();
    }

    /** A team that writes to clients, by the flag a greeting's {@code team} part words it with ({@code {{#orderDesk}}}). */
    enum Team {
        SALES("sales"), ORDER_DESK("orderDesk"), LOGISTICS("logistics"), SUPPORT("support");

        private final String flag;

        Team(String flag) {
            this.flag = flag;
        }

        String flag() {
            return flag;
        }

        /** The team of a candidate group ("logistics", a desk's "sales-apac"), empty for one that writes to no client. */
        static Optional<Team> ofGroup(Object group) {
            String name = group == null ? "" : group.toString().strip();
            return Arrays.stream(values())
                .filter(t -> name.equals(t.group()) || name.startsWith(t.group() + "-"))
                .findFirst();
        }

        private String group() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Every name a template of this kind may use. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** The kind an outbox message records by its name ("SATISFACTION_SURVEY"); empty for none or one this server does not know. */
    public static Optional<MessageKind> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    public static Optional<MessageKind> byFolder(String folder) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
    }
}
