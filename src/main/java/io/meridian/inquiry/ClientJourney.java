package io.meridian.inquiry;

import io.meridian.process.ClientVariables;

/** Names of the client journey process ({@code processes/client-journey.bpmn}) that code and tests share. */
public final class ClientJourney {

    public static final String KEY = "clientJourney";
    public static final String RESOURCE = "processes/client-journey.bpmn";

    private ClientJourney() {
    }

    /** Activity ids. */
    public static final class Activity {
        public static final String INQUIRY_RECEIVED = "inquiryReceived";
        public static final String REGISTER_INQUIRY = "registerInquiry";
        public static final String DETERMINE_ETIQUETTE = "determineEtiquette";
        public static final String REPLY_TO_INQUIRY = "replyToInquiry";
        public static final String SEND_QUOTE = "sendQuote";
        public static final String WAIT_FOR_CLIENT = "waitForClient";
        public static final String AWAIT_CLIENT_RESPONSE = "awaitClientResponse";
        public static final String CLIENT_RESPONDED = "clientResponded";
        public static final String CLIENT_DECISION = "clientDecision";
        public static final String FOLLOW_UP_DUE = "followUpDue";
        public static final String CHECK_OBSERVANCES = "checkObservances";
        public static final String MAY_PRESS_CLIENT = "mayPressClient";
        public static final String FOLLOW_UPS_LEFT = "followUpsLeft";
        public static final String FOLLOW_UP_QUOTE = "followUpQuote";
        public static final String RECORD_FOLLOW_UP = "recordFollowUp";
        public static final String HANDLE_OBJECTION = "handleObjection";
        public static final String OBJECTION_OUTCOME = "objectionOutcome";
        /** A next date agreed with the client: the journey waits for the client until that day (io.meridian.meeting). */
        public static final String SCHEDULE_AGREED_DATE = "scheduleAgreedDate";
        public static final String MARK_LOST = "markLost";
        public static final String INQUIRY_LOST = "inquiryLost";
        public static final String OPEN_ORDER = "openOrder";
        public static final String PAYMENT_RECEIVED = "paymentReceived";
        public static final String PARTIAL_PAYMENT_RECEIVED = "partialPaymentReceived";
        public static final String REVIEW_PARTIAL_PAYMENT = "reviewPartialPayment";
        public static final String CHASE_PAYMENT = "chasePayment";
        public static final String PAYMENT_OVERDUE = "paymentOverdue";
        public static final String REST_PAID_DURING_REVIEW = "restPaidDuringReview";
        public static final String SHORTFALL_DECISION = "shortfallDecision";
        public static final String CONFIRM_ORDER = "confirmOrder";
        public static final String FULFIL_ORDER = "fulfilOrder";
        public static final String AFTER_SALES_CHECK_IN = "afterSalesCheckIn";
        public static final String RECORD_SATISFACTION = "recordSatisfaction";
        public static final String DETRACTOR = "detractor";
        public static final String OPEN_COMPLAINT = "openComplaint";
        public static final String JOURNEY_COMPLETED = "journeyCompleted";

        private Activity() {
        }
    }

    /** Message names of DESIGN.md "Names other systems rely on" that this process receives. */
    public static final class Message {
        public static final String CLIENT_RESPONSE = "ClientResponse";
        public static final String PAYMENT_RECEIVED = "PaymentReceived";
        /** Internal: a payment arrived that does not cover the amount due; the order desk reviews it. */
        public static final String PARTIAL_PAYMENT_RECEIVED = "PartialPaymentReceived";

        private Message() {
        }
    }

    /** Process variables. The start variables are documented in the README ("The client journey API"). */
    public static final class Var {
        // start variables
        public static final String COMPANY = ClientVariables.COMPANY;
        public static final String CONTACT_NAME = ClientVariables.CONTACT_NAME;
        public static final String EMAIL = ClientVariables.EMAIL;
        public static final String COUNTRY = ClientVariables.COUNTRY;
        public static final String TIME_ZONE = ClientVariables.TIME_ZONE;
        public static final String LANGUAGE = ClientVariables.LANGUAGE;
        public static final String GIVEN_NAME = ClientVariables.GIVEN_NAME;
        public static final String FAMILY_NAME = ClientVariables.FAMILY_NAME;
        public static final String SALUTATION = ClientVariables.SALUTATION;
        public static final String TITLE = ClientVariables.TITLE;
        public static final String TIER = ClientVariables.TIER;
        public static final String PREFERRED_CHANNEL = ClientVariables.PREFERRED_CHANNEL;
        public static final String MAIN_CATEGORY = "mainCategory";
        public static final String PURCHASE_CYCLE = "purchaseCycle";
        public static final String PRODUCT = "product";
        public static final String QUANTITY = "quantity";
        public static final String MESSAGE = "message";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String CHANNEL = "channel";
        public static final String EXTERNAL_REF = "externalRef";
        // set by the journey
        public static final String INQUIRY_ID = "inquiryId";
        public static final String CLIENT_ID = "clientId";
        /** Not written any more (the etiquette JSON has it); instances started before still hold it. */
        public static final String CLIENT_ZONE = "clientZone";
        public static final String ETIQUETTE = "etiquette";
        public static final String FIRED_RULES = "firedRules";
        /** Not written any more (the etiquette JSON has it); instances started before still hold it. */
        public static final String RULES_VERSION = "rulesVersion";
        public static final String NEXT_CONTACT_WINDOW = "nextContactWindow";
        public static final String REPLY_DUE_AT = "replyDueAt";
        /** When the auto-reply told the client the reply would come; transient, for the reply task's briefing in the start command. */
        public static final String AUTO_REPLY_PROMISE = "autoReplyPromise";
        /** When the reply was due, for an inquiry entered after that; transient, for the reply task's briefing in the start command. */
        public static final String LATE_ON_ENTRY = "lateOnEntry";
        /** Fields of the etiquette JSON that {@link JourneyEtiquette} reads (plain variables in instances started before). */
        public static final String MAX_FOLLOW_UPS = "maxFollowUps";
        public static final String FOLLOW_UP_AFTER_BUSINESS_DAYS = "followUpAfterBusinessDays";
        public static final String FOLLOW_UPS_SENT = "followUpsSent";
        public static final String FOLLOW_UP_AT = "followUpAt";
        public static final String NO_PUSH = "noPush";
        public static final String NO_PUSH_REASON = "noPushReason";
        // the quote template (form of replyToInquiry, revised in handleObjection)
        public static final String QUOTE_PRODUCT_PARAMETERS = "quoteProductParameters";
        public static final String QUOTE_MOQ = "quoteMoq";
        public static final String QUOTE_LEAD_TIME_DAYS = "quoteLeadTimeDays";
        public static final String QUOTE_PAYMENT_TERMS = "quotePaymentTerms";
        public static final String QUOTE_PORT_OF_LOADING = "quotePortOfLoading";
        public static final String QUOTE_UNIT_PRICE = "quoteUnitPrice";
        public static final String QUOTE_CURRENCY = "quoteCurrency";
        public static final String QUOTE_VALID_UNTIL = "quoteValidUntil";
        public static final String QUOTE_SENT_AT = "quoteSentAt";
        // the client's answer
        public static final String CLIENT_DECISION = "clientDecision";
        public static final String OBJECTION = "objection";
        public static final String CLIENT_NOTE = "clientNote";
        public static final String OBJECTION_OUTCOME = "objectionOutcome";
        public static final String NEXT_STEP_ON = "nextStepOn";
        public static final String ORDER_ID = "orderId";
        // payment
        public static final String PAYMENT_AMOUNT = "paymentAmount";
        public static final String PAYMENT_CURRENCY = "paymentCurrency";
        public static final String PAYMENT_RECEIVED_AT = "paymentReceivedAt";
        public static final String AMOUNT_DUE = "amountDue";
        public static final String AMOUNT_PAID = "amountPaid";
        public static final String AMOUNT_OPEN = "amountOpen";
        // the order desk's review of a partial payment
        public static final String SHORTFALL_DECISION = "shortfallDecision";
        public static final String SHORTFALL_REASON = "shortfallReason";
        // after-sales
        public static final String DELIVERED_AT = "deliveredAt";
        public static final String NPS = "nps";
        public static final String CSAT = "csat";
        public static final String CES = "ces";
        public static final String SATISFACTION_COMMENT = "satisfactionComment";
        public static final String DETRACTOR = "detractor";
        // task-local, shown by every form
        public static final String BRIEFING = ClientVariables.BRIEFING;
        public static final String GUIDANCE = ClientVariables.GUIDANCE;
        public static final String WHY = ClientVariables.WHY;

        private Var() {
        }
    }

    /** The order desk's answer to a partial payment: go on with less, or wait for the rest. */
    public enum ShortfallDecision { ACCEPT, WAIT }

    /** Values of {@link Var#CLIENT_DECISION} and {@link Var#OBJECTION_OUTCOME}. */
    public enum Decision { ACCEPTED, DECLINED }

    public enum Objection { PRICE, NEED, TRUST, DELAY }

    /** NEXT_DATE: a decision delay with a concrete next date agreed; the journey waits for the client until then (io.meridian.meeting). */
    public enum ObjectionOutcome { REVISE, LOST, NEXT_DATE }
}
