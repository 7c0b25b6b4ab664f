package io.meridian.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import io.meridian.etiquette.EtiquetteWords;
import io.meridian.moments.TeamMoments;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.BriefingSection;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the journey adds to a task's briefing: the client's request, the objection to handle, and why the journey waited. */
final class JourneyBriefing {

    private JourneyBriefing() {
    }

    /**
     * The request, first after the client: quantity, product, channel, when it came in and the client's
     * message; only what the task's process holds, and nothing on a task with no inquiry behind it.
     */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Request implements BriefingSection {

        @Override
        public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
            String quantity = ProcessValues.text(task, Var.QUANTITY);
            String product = ProcessValues.text(task, Var.PRODUCT);
            if (quantity == null && product == null) {
                // no inquiry behind this task (a survey, a complaint from a known client): no request line
                return Optional.empty();
            }
            StringBuilder b = new StringBuilder("**Request:** ");
            if (quantity != null) {
                b.append(quantity).append(product != null ? " × " : "");
            }
            if (product != null) {
                b.append(product);
            }
            if (ProcessValues.text(task, Var.CHANNEL) != null) {
                b.append(" via ").append(EtiquetteWords.channel(ProcessValues.text(task, Var.CHANNEL)));
            }
            Instant received = ProcessValues.instant(task, Var.RECEIVED_AT, teamZone);
            if (received != null) {
                b.append(", received ").append(TaskGuidance.both(received, teamZone, clientZone));
            }
            String inquiryId = ProcessValues.text(task, Var.INQUIRY_ID);
            if (inquiryId != null) {
                // what the API and a talk's start form in Tasklist ask for
                b.append("\n\n**Inquiry:** ").append(inquiryId);
                String shopRef = ProcessValues.text(task, Var.EXTERNAL_REF);
                if (shopRef != null) {
                    b.append(" (shop reference ").append(shopRef).append(')');
                }
            }
            if (ProcessValues.text(task, Var.MESSAGE) != null) {
                b.append("\n\n> ").append(TaskGuidance.value(task, Var.MESSAGE).replace("\n", "\n> "));
            }
            if (task.getVariable(Var.AUTO_REPLY_PROMISE) instanceof Date promised) {
                b.append("\n\n**Auto-reply:** sent at once, as the inquiry came outside our working hours; it told the client the reply"
                    + " comes by ").append(TaskGuidance.both(promised.toInstant(), teamZone, clientZone));
            }
            if (task.getVariable(Var.LATE_ON_ENTRY) instanceof Date due) {
                b.append("\n\n**Late on entry:** the reply was due ").append(TaskGuidance.both(due.toInstant(), teamZone, clientZone))
                    .append(", before the inquiry was entered; no auto-reply went, as it would have promised a reply later still:"
                        + " answer at once, with an apology for the wait.");
            }
            return Optional.of(b.toString());
        }
    }

    /** On the objection task: how to answer the client's objection, and what the client wrote. */
    @Component
    @Order(1)
    static class ObjectionAdvice implements BriefingSection {

        private static final Map<String, String> ADVICE = Map.of(
            "PRICE", "Price objection: show the value behind the price and offer alternatives (quantity, terms, specification) before any discount.",
            "NEED", "Need objection: ask what the client really needs and adapt the product parameters.",
            "TRUST", "Trust objection: offer references, certificates, samples or a factory visit.",
            "DELAY", "Decision delay: set a concrete next date (\"report by Thursday, talk on Friday\").");

        @Override
        public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
            String objection = ProcessValues.text(task, Var.OBJECTION);
            if (objection == null || !Activity.HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())) {
                return Optional.empty();
            }
            StringBuilder b = new StringBuilder("**Objection:** ").append(ADVICE.getOrDefault(objection, objection));
            if (ProcessValues.text(task, Var.CLIENT_NOTE) != null) {
                b.append(" The client wrote: \"").append(TaskGuidance.value(task, Var.CLIENT_NOTE)).append("\"");
            }
            return Optional.of(b.toString());
        }

        @Override
        public Place place() {
            return Place.AFTER_CONTACT_WINDOW;
        }
    }

    /**
     * On the follow-up: where the quote stands. After a decision delay with a next date agreed, the client agreed to
     * decide by that day (and what they wrote when they asked for time); otherwise they have not answered the quote.
     */
    @Component
    @Order(2)
    static class FollowUp implements BriefingSection {

        @Override
        public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
            if (!Activity.FOLLOW_UP_QUOTE.equals(task.getTaskDefinitionKey())) {
                return Optional.empty();
            }
            LocalDate agreed = ClientJourney.ObjectionOutcome.NEXT_DATE.name().equals(ProcessValues.text(task, Var.OBJECTION_OUTCOME))
                ? ProcessValues.date(task, Var.NEXT_STEP_ON) : null;
            if (agreed == null) {
                return Optional.of("**Follow-up:** the client has not answered the quote.");
            }
            Integer sent = ProcessValues.integer(task, Var.FOLLOW_UPS_SENT);
            StringBuilder b = new StringBuilder("**Follow-up:** ");
            if (sent == null || sent == 0) {
                b.append("the client agreed to decide by ").append(TeamMoments.day(agreed))
                    .append(" (the next date agreed on \"Handle objection\"): ask for their decision.");
            } else {
                b.append("the client has not answered since ").append(TeamMoments.day(agreed))
                    .append(", the day they agreed to decide by.");
            }
            if (ProcessValues.text(task, Var.CLIENT_NOTE) != null) {
                b.append(" When they asked for time, the client wrote: \"").append(TaskGuidance.value(task, Var.CLIENT_NOTE)).append('"');
            }
            return Optional.of(b.toString());
        }
    }

    /** Why the journey waited before pressing the client (an observance in force), last. */
    @Component
    @Order(3)
    static class Waited implements BriefingSection {

        @Override
        public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
            return Optional.ofNullable(ProcessValues.text(task, Var.NO_PUSH_REASON))
                .map(reason -> "**Waited:** " + TaskGuidance.value(task, Var.NO_PUSH_REASON));
        }

        @Override
        public Place place() {
            return Place.AFTER_CONTACT_WINDOW;
        }
    }
}
