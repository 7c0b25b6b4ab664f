package io.meridian.messages;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of client email, named as its folder under {@code messages/}, with the placeholders
 * its templates may use besides the common ones ({@link #COMMON}). {@code important} marks the
 * documents seed 001 wants bilingual where the etiquette says so.
 */
public enum MessageKind {
    QUOTE("quote", true, "product", "quantity", "productParameters", "moq", "leadTimeDays", "paymentTerms",
        "portOfLoading", "unitPrice", "currency", "total", "validUntil", "inquiryId", "revised"),
    ORDER_CONFIRMATION("order-confirmation", true, "orderNumber", "quantity", "product", "amount", "currency",
        "deliveryDate", "shippingMethod", "bySea", "byAir", "byRail", "byRoad", "byExpress"),
    TRACKING_NUMBER("tracking-number", false, "orderNumber", "carrier", "trackingNumber"),
    EXCEPTION_NOTICE("exception-notice", true, "orderNumber", "complaintNumber", "productionDelay", "logisticsHold",
        "qualityComplaint", "cause", "solution",
        // recoveryTime: the expected recovery is a moment, which its zone follows; a day alone has no zone
        "expectedRecovery", "recoveryTime"),
    COMPLAINT_ACKNOWLEDGED("complaint-acknowledged", false, "complaintNumber", "text"),
    COMPLAINT_DIAGNOSIS("complaint-diagnosis", false, "complaintNumber", "text"),
    COMPLAINT_INTERIM_SOLUTION("complaint-interim-solution", false, "complaintNumber", "text"),
    COMPLAINT_ROOT_CAUSE_FIX("complaint-root-cause-fix", false, "complaintNumber", "rootCause", "correctiveAction"),
    COMPLAINT_REOPENED("complaint-reopened", false, "complaintNumber", "comment"),
    COMPLAINT_CLOSING_REPORT("complaint-closing-report", false, "complaintNumber", "description", "diagnosis",
        "interimSolution", "rootCause", "correctiveAction"),
    COMPLAINT_RECEIVED("complaint-received", false, "complaintNumber", "receivedAt", "replyBy", "nextOpening", "workingHours",
        "days", "hours"),
    AUTO_REPLY("auto-reply", false, "product", "receivedAt", "replyBy", "replyDueAt", "nextOpening", "workingHours", "days", "hours"),
    CONFIRMED_ITEMS("confirmed-items", false, "channel", "viaEmail", "viaPhone", "viaWhatsapp", "viaWechat", "viaLinkedin",
        "viaSkype", "viaWebsite", "viaTradeShow", "agreedAt", "agreedBy", "text", "recordNumber"),
    SATISFACTION_SURVEY("satisfaction-survey", false, "quarter", "answerBy"),
    IMPROVEMENT_REPORT("improvement-report", false, "evaluatedAt", "nps", "csat", "ces", "findings", "measures", "timetable"),
    MEETING_MINUTES("meeting-minutes", true, "recordNumber", "meetingKind", "kindCall", "kindVideo", "kindMeeting", "heldAt", "needs", "points", "actions"),
    MILESTONE_CHECKLIST("milestone-checklist", false, "orderNumber", "milestone", "milestoneAt", "checklist", "item"),
    PROGRESS_REPORT("progress-report", false, "orderNumber", "reportNumber", "reportOn", "progressPercent", "stockComplete",
        "stockReadyOn", "customsCleared", "summary", "nextReportOn");


    private final String folder;
    private final boolean important;
    private final Set<String> placeholders;

    MessageKind(String folder, boolean important, String... placeholders) {
        this.folder = folder;
        this.important = important;
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
    boolean firstReply(java.util.Map<String, ?> values) {
        return this == AUTO_REPLY || this == QUOTE && !Boolean.TRUE.equals(values.get("revised"));
    }

    public String folder() {
        return folder;
    }

    public boolean important() {
        return important;
    }

    /** Every name a template of this kind may use. */
    public Set<String> placeholders() {
        return placeholders;
    }

    public static Optional<MessageKind> byFolder(String folder) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
    }
}
