package io.meridian.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.meridian.client.Channel;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.client.ClientPart;
import io.meridian.client.PurchaseCycle;
import io.meridian.client.Salutation;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.process.ClientVariables;
import io.meridian.process.VariableReader;
import io.meridian.system.ConflictException;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.meridian.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads a complaint from variables (an engine-rest start, or the journey's detractor score) or
 * from a checked REST body and finds its client: through the order or the inquiry named, a
 * known client id, or the client given with it. Refuses, naming every field, before anything is
 * written; an order, inquiry or client id that does not exist is a 404.
 */
@Component
class ComplaintIntake {

    static final int MAX_DESCRIPTION = 4000;
    /** Receipt times a little ahead of the server's clock are accepted (clients' clocks drift). */

    private final ClientLedger clients;
    private final OrderLedger orders;
    private final InquiryLedger inquiries;

    ComplaintIntake(ClientLedger clients, OrderLedger orders, InquiryLedger inquiries) {
        this.clients = clients;
        this.orders = orders;
        this.inquiries = inquiries;
    }

    /**
     * @param fieldName how to name a variable in an error (the REST body nests the client's fields as client.*)
     */
    public NewComplaint read(Map<String, ?> variables, UnaryOperator<String> fieldName, Instant now,
                             ComplaintHandling.Source source) {
        return read(variables, fieldName, now, source, true);
    }

    /**
     * @param oneReference true for input from outside, which must name the client one way only; false for the
     *                     variables of a complaint already read once (they carry the client's fields with the order,
     *                     inquiry or client id they came from: the order wins, then the inquiry, then the client id)
     */
    public NewComplaint read(Map<String, ?> variables, UnaryOperator<String> fieldName, Instant now,
                             ComplaintHandling.Source source, boolean oneReference) {
        VariableReader r = new VariableReader(variables, fieldName);
        ComplaintCategory category = r.enumValue(Var.CATEGORY, ComplaintCategory.class, null);
        if (category == null && r.raw(Var.CATEGORY) == null) {
            r.error(Var.CATEGORY, fieldName.apply(Var.CATEGORY)
                + " is required (one of QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION)");
        }
        Wording wording = r.enumValue(Var.WORDING, Wording.class, Wording.NEUTRAL);
        String description = r.text(Var.DESCRIPTION, true, MAX_DESCRIPTION);
        Instant receivedAt = r.instant(Var.RECEIVED_AT, now);
        try {
            Inputs.received(fieldName.apply(Var.RECEIVED_AT), receivedAt, now);
        } catch (InvalidInputException e) {
            r.error(Var.RECEIVED_AT, e.getMessage());
        }
        String orderId = r.text(Var.ORDER_ID, false, 40);
        String inquiryId = r.text(Var.INQUIRY_ID, false, 40);
        String clientId = r.text(Var.CLIENT_ID, false, 40);
        boolean clientGiven = java.util.stream.Stream.of(Var.COMPANY, Var.CONTACT_NAME, Var.EMAIL, Var.COUNTRY, Var.TIME_ZONE,
            Var.LANGUAGE).anyMatch(field -> r.raw(field) != null);
        if (!oneReference) {
            inquiryId = orderId != null ? null : inquiryId;
            clientId = orderId != null || inquiryId != null ? null : clientId;
            clientGiven = clientGiven && orderId == null && inquiryId == null && clientId == null;
        }
        int references = (orderId != null ? 1 : 0) + (inquiryId != null ? 1 : 0) + (clientId != null ? 1 : 0) + (clientGiven ? 1 : 0);
        if (references == 0) {
            r.error("client", "name the client: give the client (company, contactName, email, country, ...), an orderId or an inquiryId");
        } else if (references > 1) {
            r.error("client", "give only one of the client, an orderId or an inquiryId");
        }
        Client given = null;
        if (clientGiven && references == 1) {
            given = givenClient(r, category, now);
        }
        r.throwIfAny();
        return resolve(category, wording, description, receivedAt, orderId, inquiryId, clientId, given, source);
    }

    /**
     * The complaint of a REST body that Bean Validation has checked ({@link ComplaintRequest}):
     * converts, refuses a receipt time in the future or more than 90 days back, then finds the client as {@link #read} does.
     */
    NewComplaint of(ComplaintRequest request, Instant now, ComplaintHandling.Source source) {
        ComplaintCategory category = constant(ComplaintCategory.class, request.category(), null);
        Instant receivedAt = request.receivedAt() == null || request.receivedAt().isBlank() ? now
            : OffsetDateTime.parse(request.receivedAt().trim()).toInstant();
        Inputs.received(Var.RECEIVED_AT, receivedAt, now);
        Client given = null;
        if (request.clientGiven()) {
            ClientPart c = request.client();
            String mainCategory = text(c.mainCategory());
            Channel channel = constant(Channel.class, c.preferredChannel(), null);
            PurchaseCycle cycle = constant(PurchaseCycle.class, c.purchaseCycle(), null);
            Salutation salutation = constant(Salutation.class, c.salutation(), null);
            given = new Client(null, text(c.company()), text(c.contactName()), text(c.email()).toLowerCase(Locale.ROOT),
                text(c.country()).toUpperCase(Locale.ROOT), text(c.timeZone()), text(c.language()),
                constant(Tier.class, c.tier(), null), channel == null ? null : channel.name(),
                mainCategory != null ? mainCategory : "complaint: " + category.name(), cycle == null ? null : cycle.name(), now, now,
                text(c.givenName()), text(c.familyName()), salutation == null ? null : salutation.name(), text(c.title()));
        }
        return resolve(category, constant(Wording.class, request.wording(), Wording.NEUTRAL), text(request.description()),
            receivedAt, text(request.orderId()), text(request.inquiryId()), null, given, source);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, E fallback) {
        return value == null || value.isBlank() ? fallback : Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Refuses a QUALITY complaint about an order whose goods have not left (AWAITING_PAYMENT, PAID, CONFIRMED: the client
     * has nothing to judge the quality of; CANCELLED: nothing will come), naming the order's status. A defect seen before
     * shipment, at a pre-shipment inspection, is a production delay of the order: the emergency plan (DOMAIN.md, seed 001)
     * has its own kind for it, which the refusal of a CONFIRMED order names. A quality complaint about no order (the client's
     * earlier goods) stays open to anyone.
     */
    void requireShippedForQuality(NewComplaint complaint) {
        if (complaint.category() != ComplaintCategory.QUALITY || complaint.orderId() == null) {
            return;
        }
        OrderRecord order = orders.byId(complaint.orderId()).orElse(null);
        if (order == null || order.status() == OrderRecord.Status.SHIPPED || order.status() == OrderRecord.Status.DELIVERED) {
            return;
        }
        throw new ConflictException("order " + order.orderNumber() + " has not shipped (status " + order.status() + "): a QUALITY"
            + " complaint is about goods the client received, and the client has none of this order yet"
            // in production (CONFIRMED) a defect the inspection found is the fulfilment's exception; before it there is nothing made
            + (order.status() != OrderRecord.Status.CONFIRMED ? "" : "; a defect found before shipment (at a pre-shipment inspection)"
                + " is a production delay: report it on the order (POST /api/orders/" + order.id() + "/exceptions, kind PRODUCTION_DELAY)")
            + "; nothing was opened");
    }

    private NewComplaint resolve(ComplaintCategory category, Wording wording, String description, Instant receivedAt,
                                 String orderId, String inquiryId, String clientId, Client given,
                                 ComplaintHandling.Source source) {
        if (orderId != null) {
            OrderRecord order = orders.byId(orderId).orElseThrow(() -> orders.notFound(orderId).inField("orderId"));
            return new NewComplaint(category, wording, description, receivedAt, knownClient(order.clientId()), orderId,
                order.inquiryId(), order.amount(), source);
        }
        if (inquiryId != null) {
            InquiryRecord inquiry = inquiries.byId(inquiryId)
                .orElseThrow(() -> new NotFoundException("no inquiry with id '" + inquiryId + "'").inField("inquiryId"));
            return new NewComplaint(category, wording, description, receivedAt, knownClient(inquiry.clientId()),
                inquiry.orderId(), inquiryId, orderValue(inquiry.orderId()), source);
        }
        if (clientId != null) {
            return new NewComplaint(category, wording, description, receivedAt, knownClient(clientId), null, null,
                BigDecimal.ZERO, source);
        }
        return new NewComplaint(category, wording, description, receivedAt, given, null, null, BigDecimal.ZERO, source);
    }

    private Client givenClient(VariableReader r, ComplaintCategory category, Instant now) {
        String company = r.text(Var.COMPANY, true, 200);
        String contactName = r.text(Var.CONTACT_NAME, true, 200);
        String email = r.email();
        String country = r.country();
        ZoneId zone = r.zone();
        String language = r.language();
        // not given stays null: a known client keeps its record, a new one gets the ledger's defaults
        Tier tier = r.enumValue(Var.TIER, Tier.class, null);
        Channel channel = r.enumValue(Var.PREFERRED_CHANNEL, Channel.class, null);
        String mainCategory = r.text(Var.MAIN_CATEGORY, false, 200);
        PurchaseCycle cycle = r.enumValue(ClientVariables.PURCHASE_CYCLE, PurchaseCycle.class, null);
        String givenName = r.text(ClientVariables.GIVEN_NAME, false, 200);
        String familyName = r.text(ClientVariables.FAMILY_NAME, false, 200);
        Salutation salutation = r.enumValue(ClientVariables.SALUTATION, Salutation.class, null);
        String title = r.text(ClientVariables.TITLE, false, 100);
        return new Client(null, company, contactName, email, country, zone == null ? null : zone.getId(), language, tier,
            channel == null ? null : channel.name(), mainCategory != null ? mainCategory
            : "complaint: " + (category == null ? "unknown" : category.name()), cycle == null ? null : cycle.name(), now, now,
            givenName, familyName, salutation == null ? null : salutation.name(), title);
    }

    private Client knownClient(String clientId) {
        return clients.byId(clientId).orElseThrow(() -> new NotFoundException("no client with id '" + clientId + "'"));
    }

    private BigDecimal orderValue(String orderId) {
        return orderId == null ? BigDecimal.ZERO : orders.byId(orderId).map(OrderRecord::amount).orElse(BigDecimal.ZERO);
    }

    /**
     * The client's ledger row: a client given with the complaint is created, or found by its email
     * and only its blank fields filled (a complaint never erases or overwrites what the record holds).
     */
    public Client record(NewComplaint complaint, String by, String complaintId, Instant now) {
        return complaint.client().id() != null ? complaint.client()
            : clients.record(complaint.client(), by, "complaint " + complaintId, now);
    }
}
