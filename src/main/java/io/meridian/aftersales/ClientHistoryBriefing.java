package io.meridian.aftersales;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.inquiry.ClientJourney;
import io.meridian.moments.TeamMoments;
import io.meridian.names.Words;
import io.meridian.order.OrderFulfilment;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.process.BriefingSection;
import io.meridian.process.ProcessValues;
import io.meridian.survey.Surveys;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a journey's task says of the client's earlier business, so that the salesperson who answers a returning client's
 * inquiry (and everyone after them) knows it: the earlier orders, the client's last evaluation with its scores, and every
 * complaint of theirs not resolved yet, by the number the client quotes. A new client's journey has nothing to say here.
 * The order fulfilment's tasks name the complaints not resolved yet alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClientHistoryBriefing implements BriefingSection {

    /** How the section begins. */
    static final String HISTORY = "**Client history:**";
    /**
     * NPS 7-8 is a passive, 9-10 a promoter, 0-6 a detractor (Reichheld, Harvard Business Review, Dec 2003, "The One Number You
     * Need to Grow"; the survey's templates cite the same scale).
     */
    static final int PASSIVE_MAX_NPS = 8;
    /** How the open complaints' paragraph begins. */
    static final String OPEN_COMPLAINTS = "**Open complaints:**";

    private final OrderLedger orders;
    private final Surveys surveys;
    private final ComplaintLedger complaints;

    ClientHistoryBriefing(OrderLedger orders, Surveys surveys, ComplaintLedger complaints) {
        this.orders = orders;
        this.surveys = surveys;
        this.complaints = complaints;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String clientId = ProcessValues.text(task, ClientJourney.Var.CLIENT_ID);
        String process = task.getProcessDefinitionId();
        if (clientId == null || process == null) {
            return Optional.empty();
        }
        if (process.startsWith(OrderFulfilment.KEY + ":")) {
            // the order's own tasks: the complaints still open, which whoever tells the client of the order must know of
            // (the stock-ready call to a client whose quality complaint is in crisis); the history is the journey's
            return openComplaints(complaints.openOfClient(clientId), teamZone);
        }
        if (!process.startsWith(ClientJourney.KEY + ":")) {
            return Optional.empty();
        }
        String inquiryId = ProcessValues.text(task, ClientJourney.Var.INQUIRY_ID);
        // the orders of the client's other journeys: this journey's own order is the task's business, not its history
        List<OrderRecord> earlier = orders.ofClient(clientId).stream().filter(o -> inquiryId == null || !inquiryId.equals(o.inquiryId())).toList();
        List<Surveys.Evaluation> evaluations = surveys.ofClient(clientId);
        List<ComplaintRecord> open = complaints.openOfClient(clientId);
        if (earlier.isEmpty() && evaluations.isEmpty() && open.isEmpty()) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder b = new StringBuilder(HISTORY).append(' ');
        if (earlier.isEmpty()) {
            b.append("no earlier order.");
        } else {
            long delivered = earlier.stream().filter(o -> o.status() == OrderRecord.Status.DELIVERED).count();
            b.append(earlier.size()).append(earlier.size() == 1 ? " earlier order" : " earlier orders");
            if (earlier.size() > 1) {
                b.append(" (").append(delivered).append(" delivered)");
            }
            b.append(", the last ").append(order(earlier.get(earlier.size() - 1), teamZone)).append('.');
        }
        if (!evaluations.isEmpty()) {
            b.append(' ').append(evaluation(evaluations.get(evaluations.size() - 1), teamZone));
        }
        paragraphs.add(b.toString());
        openComplaints(open, teamZone).ifPresent(paragraphs::add);
        return Optional.of(String.join("\n\n", paragraphs));
    }

    /** The paragraph naming the client's complaints not resolved yet; empty when there are none. */
    private static Optional<String> openComplaints(List<ComplaintRecord> open, ZoneId teamZone) {
        if (open.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder c = new StringBuilder(OPEN_COMPLAINTS).append(' ');
        for (int i = 0; i < open.size(); i++) {
            c.append(i == 0 ? "" : "; ").append(complaint(open.get(i), teamZone));
        }
        c.append(". Know where ").append(open.size() == 1 ? "it stands" : "they stand")
            .append(" before you talk to the client: the client will expect you to.");
        return Optional.of(c.toString());
    }

    private static String order(OrderRecord order, ZoneId teamZone) {
        StringBuilder b = new StringBuilder(order.orderNumber()).append(" (");
        if (order.status() == OrderRecord.Status.DELIVERED && order.deliveredAt() != null) {
            b.append("delivered ").append(TeamMoments.day(order.deliveredAt().atZone(teamZone).toLocalDate()));
        } else {
            b.append(Words.of(order.status()));
        }
        return b.append(", opened ").append(TeamMoments.day(order.createdAt().atZone(teamZone).toLocalDate())).append(')').toString();
    }

    private static String evaluation(Surveys.Evaluation e, ZoneId teamZone) {
        String source = switch (e.source()) {
            case CHECK_IN -> "at the after-sales check-in";
            case QUARTERLY -> "in the quarterly survey" + (e.quarter() == null ? "" : " about " + e.quarter());
            case API -> "on the survey page";
        };
        StringBuilder b = new StringBuilder("Last evaluation ").append(TeamMoments.day(e.recordedAt().atZone(teamZone).toLocalDate()))
            .append(", ").append(source).append(": NPS ").append(e.nps()).append("/10, CSAT ").append(e.csat()).append("/5, CES ")
            .append(e.ces()).append("/7, a ").append(e.detractor() ? "detractor"
                : e.nps() > PASSIVE_MAX_NPS ? "promoter" : "passive");
        if (e.comment() != null && !e.comment().isBlank()) {
            String said = e.comment().strip();
            b.append("; the client said: \"").append(said).append('"');
            // a quote that ends its own sentence ("Two panels flicker.") ends this one: no second full stop after it
            if (".!?…。！？".indexOf(said.charAt(said.length() - 1)) >= 0) {
                return b.toString();
            }
        }
        return b.append('.').toString();
    }

    private static String complaint(ComplaintRecord c, ZoneId teamZone) {
        StringBuilder b = new StringBuilder(c.complaintNumber()).append(" (").append(Words.of(c.category()));
        if (c.severity() != null) {
            b.append(", ").append(Words.of(c.severity()));
        }
        return b.append(", opened ").append(TeamMoments.day(c.receivedAt().atZone(teamZone).toLocalDate())).append(", status ")
            .append(Words.of(c.status())).append(')').toString();
    }
}
