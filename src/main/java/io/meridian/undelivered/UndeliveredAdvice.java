package io.meridian.undelivered;

import io.meridian.messages.MessageKind;

/**
 * What the team does about an email the client did not get, for its kind: once the client is reached another way, what
 * they need from it and where it is recorded. A survey is sent again or asked on a call, its scores going into "Survey
 * the client"; a milestone's checklist is gone through, the client's yes going into "Confirm the milestone"; the other
 * kinds are told to the client, then sent again or settled by how the client got them. A plain email without a template
 * gets the general words.
 */
final class UndeliveredAdvice {

    /** For a plain email without a template, or a kind this server does not know. */
    static final String GENERAL = "ask for the right address or give them what the email said, then send it again or say how they got it.";

    private UndeliveredAdvice() {
    }

    /** The sentence after the ways to reach the client ("by phone in their next contact window (below); …"). */
    static String of(String messageKind) {
        return MessageKind.byName(messageKind).map(UndeliveredAdvice::of).orElse(GENERAL);
    }

    private static String of(MessageKind kind) {
        return switch (kind) {
            case SATISFACTION_SURVEY -> "ask for the right address and send the survey again, or ask them its three questions on"
                + " a call (how likely they are to recommend us, 0-10; how satisfied they are, 1-5; how much effort it took, 1-7)"
                + " and record their scores on \"Survey the client\"; then say here how they got it.";
            case MILESTONE_CHECKLIST -> "ask for the right address and go through the milestone's checklist with them; when they"
                + " confirm every item, record it on \"Confirm the milestone\" (The client confirmed every item). Then send the"
                + " checklist again or say here how they got it.";
            case CONFIRMED_ITEMS -> told(kind, "read back to them what was agreed, word for word");
            case NEXT_DATE -> told(kind, "confirm with them the day we contact them again about the quote");
            case QUOTE -> told(kind, "go through the quote with them (price, payment terms, how long it holds)");
            case ORDER_CONFIRMATION -> told(kind, "confirm the order with them (quantity, amount, delivery date, shipping)");
            case TRACKING_NUMBER -> told(kind, "give them the carrier and the tracking number");
            case EXCEPTION_NOTICE -> told(kind, "tell them of the delay or problem, its cause and what we do about it");
            case AUTO_REPLY -> told(kind, "tell them their inquiry arrived and when they hear from us");
            case COMPLAINT_RECEIVED, COMPLAINT_ACKNOWLEDGED -> told(kind, "tell them we have their complaint and when they hear from us next");
            case COMPLAINT_DIAGNOSIS -> told(kind, "tell them what the diagnosis found");
            case COMPLAINT_INTERIM_SOLUTION -> told(kind, "tell them the interim solution");
            case COMPLAINT_ROOT_CAUSE_FIX -> told(kind, "tell them the root cause and the fix");
            case COMPLAINT_REOPENED -> told(kind, "tell them their complaint is open again and what happens next");
            case COMPLAINT_CLOSING_REPORT -> told(kind, "go through the closing report with them");
            case IMPROVEMENT_REPORT -> told(kind, "go through the findings, measures and timetable with them");
            case MEETING_MINUTES -> told(kind, "go through the minutes and the actions agreed with them");
            case PROGRESS_REPORT -> told(kind, "tell them how far production is and when the next report comes");
        };
    }

    /** "ask for the right address and tell them …, then send the tracking number again or say here how they got it." */
    private static String told(MessageKind kind, String what) {
        return "ask for the right address and " + what + "; then send the " + kind.words() + " again or say here how they got it.";
    }

}
