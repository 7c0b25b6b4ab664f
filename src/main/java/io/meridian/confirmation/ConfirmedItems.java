package io.meridian.confirmation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.meridian.calendar.Clocks;
import io.meridian.client.Channel;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.desk.DeskAccess;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.ids.Ids;
import io.meridian.inquiry.InquiryEnds;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.messages.Addressee;
import io.meridian.messages.ClientMessages;
import io.meridian.messages.Flags;
import io.meridian.messages.MessageKind;
import io.meridian.messages.WriterNames;
import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.order.UnnoticedOrderEnds;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a team member agreed with a client on an instant channel and plans the email that
 * repeats it, marked "Confirmed items", for the client's next business hours; both in one
 * transaction, so a refused request leaves nothing behind. A journey that is over takes none: a CANCELLED order (or the
 * inquiry it grew out of) and a LOST inquiry are a 409 saying when and why they ended.
 */
@Service
class ConfirmedItems {

    enum RecordKind { INQUIRY, ORDER }

    /**
     * What the endpoint answers: the record kept and the email planned, with the languages of its parts (the client's
     * first, English last), each of which repeats {@code text} word for word, untranslated, and says so.
     */
    @Schema(name = "ConfirmedItems")
    record Confirmed(
        @Schema(description = "the confirmed item's id") String id,
        @Schema(description = "INQUIRY or ORDER") RecordKind recordKind,
        @Schema(description = "the inquiry or order") String recordId,
        @Schema(description = "the instant channel it was agreed on") String channel,
        @Schema(description = "what was agreed, word for word") String text,
        @Schema(description = "when it was agreed") Instant agreedAt,
        @Schema(description = "who agreed it, as sent; the recording user when not given") String agreedBy,
        @Schema(description = "the user who recorded it") String recordedBy,
        @Schema(description = "the confirmation email planned (see the record's messages)") String messageId,
        @Schema(description = "when the email is planned to go out") Instant plannedAt,
        @Schema(description = "the email's subject") String subject,
        @Schema(description = "the languages of its parts, the client's first, English last") List<String> languages) {
    }

    static final int MAX_TEXT = 4000;
    /** The prefix of the template's flags for the channel: viaEmail, viaPhone, viaWhatsapp, ..., viaTradeShow. */
    static final String CHANNEL_FLAG = "via";

    private final InquiryLedger inquiries;
    private final OrderLedger orders;
    private final ClientLedger clients;
    private final EtiquetteService etiquette;
    private final Clocks clocks;
    private final ClientMessages messages;
    private final JdbcClient jdbc;
    private final DeskAccess desks;
    private final IdentityService identity;
    private final EngineReads reads;
    private final InquiryEnds inquiryEnds;
    private final UnnoticedOrderEnds orderEnds;

    ConfirmedItems(InquiryLedger inquiries, OrderLedger orders, ClientLedger clients, EtiquetteService etiquette, Clocks clocks,
                   ClientMessages messages, JdbcClient jdbc, DeskAccess desks, IdentityService identity, EngineReads reads,
                   InquiryEnds inquiryEnds, UnnoticedOrderEnds orderEnds) {
        this.inquiryEnds = inquiryEnds;
        this.orderEnds = orderEnds;
        this.desks = desks;
        this.inquiries = inquiries;
        this.orders = orders;
        this.clients = clients;
        this.etiquette = etiquette;
        this.clocks = clocks;
        this.messages = messages;
        this.jdbc = jdbc;
        this.identity = identity;
        this.reads = reads;
    }

    @Transactional
    Confirmed forInquiry(String id, ConfirmedItemsRequest request, String caller) {
        Valid valid = validate(request, caller);
        InquiryRecord inquiry = inquiries.byId(id).orElseThrow(() -> new NotFoundException("no inquiry with id '" + id + "'"));
        desks.check(inquiry.clientId(), "inquiry '" + id + "'");
        Optional<String> lost = inquiryEnds.lost(inquiry);
        if (lost.isPresent()) {
            throw new ConflictException(lost.get() + ": the client gets no \"Confirmed items\" about an inquiry that is over"
                + " (status LOST); nothing was recorded. Record what was agreed on a new inquiry");
        }
        if (inquiry.orderId() != null) {
            refuseIfCancelled(inquiry.orderId());
        }
        String number = inquiry.externalRef() != null ? inquiry.externalRef() : inquiry.product();
        return confirm(RecordKind.INQUIRY, id, inquiry.clientId(), number, valid, caller, Set.of(id));
    }

    @Transactional
    Confirmed forOrder(String id, ConfirmedItemsRequest request, String caller) {
        Valid valid = validate(request, caller);
        OrderRecord order = orders.byId(id).orElseThrow(() -> orders.notFound(id));
        desks.check(order.clientId(), "order '" + id + "'");
        refuseIfCancelled(id);
        return confirm(RecordKind.ORDER, id, order.clientId(), order.orderNumber(), valid, caller,
            order.inquiryId() == null ? Set.of(id) : Set.of(id, order.inquiryId()));
    }

    /**
     * A 409 for an order that is over without a delivery, naming when and why it was cancelled; one whose process was
     * deleted behind the server's back is cancelled first (in a transaction of its own, as every order event does).
     */
    private void refuseIfCancelled(String orderId) {
        orderEnds.endIfUnnoticed(orderId, UnnoticedOrderEnds.whenPosted("confirmed items"));
        OrderRecord order = orders.byId(orderId).orElseThrow(() -> orders.notFound(orderId));
        if (order.status() == OrderRecord.Status.CANCELLED) {
            throw new ConflictException(OrderCancellation.cancelled(order) + ": the client gets no \"Confirmed items\" about an"
                + " order that is off (status CANCELLED); nothing was recorded");
        }
    }

    private record Valid(Channel channel, String text, Instant agreedAt, String agreedBy) {
    }

    /** Converts a request Bean Validation has checked; refuses an absent body and an agreement time in the future. */
    private static Valid validate(ConfirmedItemsRequest request, String caller) {
        // strip(), not the constraint's trim(): a text of Unicode spaces only (U+3000) is empty too
        if (request == null || request.text().strip().isEmpty()) {
            throw new InvalidInputException("text", "text is required: what was agreed with the client");
        }
        Instant now = ClockUtil.now().toInstant();
        Instant agreedAt = Inputs.happened("agreedAt", Inputs.instant("agreedAt", request.agreedAt(), now), now, null, null);
        // mirrored when agreed (DOMAIN.md, seed 001): an agreement of 1900, or of months ago, is a slip of the date the email
        // would put before the client; a chat before the inquiry was entered is fine
        if (agreedAt.isBefore(now.minus(Inputs.LATEST_ENTRY))) {
            throw new InvalidInputException("agreedAt", "agreedAt " + agreedAt + " lies more than " + Inputs.LATEST_ENTRY.toDays()
                + " days back (now is " + now + "): the client gets what was agreed by email when it is agreed; give the moment"
                + " from " + now.minus(Inputs.LATEST_ENTRY) + " on");
        }
        String agreedBy = request.agreedBy() == null || request.agreedBy().isBlank() ? caller : request.agreedBy().strip();
        return new Valid(Inputs.enumValue("channel", request.channel(), Channel.class, null), request.text().strip(), agreedAt, agreedBy);
    }

    private static List<String> languages(OutboxMessage planned) {
        String languages = planned.content() == null ? null : planned.content().languages();
        return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(","));
    }

    /**
     * Who agreed, as the client knows them: a team member's login ("sam", the default) becomes their first and last name in
     * Camunda's identity ("Sam Demo"), as the quote signs; an integration's login (the shop's, whose demo name is "Shop
     * Demo") or a user without a name becomes the team that signs the email ("Export sales"), never the login; a name given
     * in the request that is no user stays as is. The record keeps what the request said (or the login).
     */
    private Object personsName(String agreedBy) {
        // the caller may not be allowed to read other users; the name is the company's to print
        return reads.asSystem(() -> {
            if (identity.createUserQuery().userId(agreedBy).count() == 0) {
                return agreedBy;
            }
            return WriterNames.of(identity, agreedBy).<Object>map(n -> n).orElse(ClientMessages.SIGNING_TEAM);
        });
    }

    /** The groups of the user recording the items (none outside a request). */
    private List<String> callerGroups() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
    }

    /**
     * Records what was agreed and plans its email, after every email about {@code chain} (the record, and for an order the
     * inquiry it grew out of) still waiting for the client's opening: the client reads the quote before what was agreed on it.
     */
    private Confirmed confirm(RecordKind kind, String recordId, String clientId, String number, Valid valid, String caller,
                              Set<String> chain) {
        Instant now = ClockUtil.now().toInstant();
        Client client = clients.byId(clientId).orElseThrow(() -> new IllegalStateException("client " + clientId + " is missing"));
        Etiquette decided = etiquette.decide(client.country(), now, client.tier());
        ZoneId zone = client.timeZone() == null ? null : ZoneId.of(client.timeZone());
        Addressee to = Addressee.of(client.email(), client.company(), client.contactName(), client.givenName(), client.familyName(),
            client.salutation(), client.title(), client.language(), zone, decided);
        Map<String, Object> values = new LinkedHashMap<>();
        Flags.put(values, "channel", CHANNEL_FLAG, Channel.class, valid.channel());
        values.put("agreedAt", ClientMessages.clientTime(valid.agreedAt(), to.zone()));
        values.put("agreedBy", personsName(valid.agreedBy()));
        values.put("text", valid.text());
        values.put("recordNumber", number);
        // signed by the team of who recorded it (the order desk's change of payment terms), the kind's (sales) for an integration
        MessageKind.CONFIRMED_ITEMS.signingGroup(callerGroups()).ifPresent(group -> values.put(ClientMessages.TEAM, group));
        Instant sendAt = clocks.sendAt(decided.calendar(zone), now);
        OutboxMessage planned = messages.plan(MessageKind.CONFIRMED_ITEMS, to, values, sendAt, recordId, chain);
        String id = Ids.next();
        jdbc.sql("""
                insert into confirmed_item (id, record_kind, record_id, channel, text, agreed_at, agreed_by, recorded_by,
                                            message_id, created_at)
                values (:id, :kind, :recordId, :channel, :text, :agreedAt, :agreedBy, :recordedBy, :messageId, :createdAt)""")
            .param("id", id).param("kind", kind.name()).param("recordId", recordId).param("channel", valid.channel().name())
            .param("text", valid.text()).param("agreedAt", Timestamp.from(valid.agreedAt())).param("agreedBy", valid.agreedBy())
            .param("recordedBy", caller).param("messageId", planned.id()).param("createdAt", Timestamp.from(now))
            .update();
        return new Confirmed(id, kind, recordId, valid.channel().name(), valid.text(), valid.agreedAt(), valid.agreedBy(), caller,
            planned.id(), planned.plannedAt(), planned.subject(), languages(planned));
    }
}
