package io.meridian.order;

import java.util.Set;

/** Names of the order fulfilment process ({@code processes/order-fulfilment.bpmn}) that code and tests share. */
public final class OrderFulfilment {

    public static final String KEY = "orderFulfilment";
    /** What a stock date that has passed is refused with, wherever it is given (the API's forecast, a progress report). */
    public static final String STOCK_DATE_HINT = "give the day the stock will be complete";
    public static final String RESOURCE = "processes/order-fulfilment.bpmn";

    private OrderFulfilment() {
    }

    /** Activity ids. */
    public static final class Activity {
        public static final String FULFILMENT_STARTED = "fulfilmentStarted";
        public static final String START_WORK = "startWork";
        public static final String UPDATE_PRODUCTION_PROGRESS = "updateProductionProgress";
        public static final String STOCK_COMPLETE = "stockComplete";
        public static final String AWAIT_STOCK_NEWS = "awaitStockNews";
        public static final String STOCK_FORECAST_RECEIVED = "stockForecastReceived";
        public static final String STOCK_COMPLETED_FIRST = "stockCompletedFirst";
        public static final String NOTIFY_STOCK_READY = "notifyStockReady";
        public static final String STOCK_FORECAST_REVISED = "stockForecastRevised";
        public static final String RESCHEDULE_STOCK_NOTICE = "rescheduleStockNotice";
        public static final String STOCK_NOTICE_RESCHEDULED = "stockNoticeRescheduled";
        public static final String READY_TO_SHIP = "readyToShip";
        public static final String CLEAR_CUSTOMS = "clearCustoms";
        public static final String AWAIT_SHIPMENT = "awaitShipment";
        public static final String SHIPMENT_OVERDUE = "shipmentOverdue";
        public static final String CHASE_SHIPMENT = "chaseShipment";
        public static final String SHIPPED = "shipped";
        public static final String SEND_TRACKING_NUMBER = "sendTrackingNumber";
        public static final String AWAIT_DELIVERY = "awaitDelivery";
        public static final String DELIVERY_OVERDUE = "deliveryOverdue";
        public static final String CHECK_DELIVERY = "checkDelivery";
        public static final String DELIVERED = "delivered";
        public static final String FULFILMENT_COMPLETED = "fulfilmentCompleted";
        public static final String EXCEPTION_RAISED = "fulfilmentExceptionRaised";
        /** Calls the emergency plan (process {@code emergencyPlan}, package {@code io.meridian.emergency}). */
        public static final String RUN_EMERGENCY_PLAN = "runEmergencyPlan";
        public static final String EXCEPTION_HANDLED = "exceptionHandled";
        /** The user tasks of the emergency plan an exception calls, which show the order too. */
        public static final Set<String> EMERGENCY_ROLES = Set.of("talkToSupplier", "sendExceptionNotice", "designFix");
        public static final String STOCK_AFTER_PROMISED_DELIVERY = "stockAfterPromisedDelivery";
        public static final String REVIEW_STOCK_DATE = "reviewStockDate";
        public static final String STOCK_DATE_REVIEWED = "stockDateReviewed";
        public static final String TRACKING_NUMBER_CORRECTED = "trackingNumberCorrected";
        public static final String SEND_CORRECTED_TRACKING_NUMBER = "sendCorrectedTrackingNumber";
        public static final String CORRECTION_SENT = "correctionSent";

        private Activity() {
        }
    }

    /** Message names of DESIGN.md that this process receives. */
    public static final class Message {
        public static final String STOCK_FORECAST = "StockForecast";
        public static final String SHIPPED = "Shipped";
        public static final String DELIVERED = "Delivered";
        public static final String FULFILMENT_EXCEPTION = "FulfilmentException";
        /** Internal: a stock forecast lies after the promised delivery date; the order desk is warned. */
        public static final String STOCK_AFTER_PROMISED_DELIVERY = "StockAfterPromisedDelivery";
        /** Internal: the shipment's tracking number was wrong; the client gets the right one. */
        public static final String TRACKING_NUMBER_CORRECTED = "TrackingNumberCorrected";

        private Message() {
        }
    }

    /** Process variables of fulfilment (the journey's variables come in through the call activity). */
    public static final class Var {
        public static final String PROGRESS_PERCENT = "progressPercent";
        public static final String PROGRESS_NOTE = "progressNote";
        public static final String STOCK_COMPLETE = "stockComplete";
        public static final String STOCK_READY_ON = "stockReadyOn";
        public static final String CARRIER = "carrier";
        public static final String TRACKING_NUMBER = "trackingNumber";
        /** Local to a correction: the tracking number sent before, which the new one replaces. */
        public static final String TRACKING_NUMBER_REPLACED = "trackingNumberReplaced";
        /** Local to a correction: the right number, which may be a further part's rather than the first (the email's subject names it). */
        public static final String TRACKING_NUMBER_CORRECTED = "correctedTrackingNumber";
        /** The tracking numbers of the shipment's further parts, beside {@link #TRACKING_NUMBER}, one a line; none for one part. */
        public static final String ADDITIONAL_TRACKING_NUMBERS = "additionalTrackingNumbers";
        public static final String SHIPPED_AT = "shippedAt";
        public static final String DELIVERED_AT = "deliveredAt";
        public static final String EXCEPTION_KIND = "exceptionKind";
        public static final String EXCEPTION_DESCRIPTION = "exceptionDescription";
        public static final String EXCEPTION_CAUSE = "exceptionCause";
        public static final String EXCEPTION_SOLUTION = "exceptionSolution";
        public static final String EXPECTED_RECOVERY = "expectedRecovery";
        public static final String DELIVERY_DATE = "deliveryDate";
        public static final String SHIPPING_METHOD = "shippingMethod";
        public static final String STOCK_DATE_ACTION = "stockDateAction";
        public static final String STOCK_DATE_NOTE = "stockDateNote";
        public static final String SHIPMENT_CHASE_NOTE = "shipmentChaseNote";
        public static final String DELIVERY_CHECK_NOTE = "deliveryCheckNote";
        /** "Check delivery": the goods are held on the way; the task's completion reports a logistics hold. Not kept. */
        public static final String GOODS_HELD = "goodsHeld";
        /** "Check delivery", with {@link #GOODS_HELD}: where the goods are held. Not kept: the hold's description says it. */
        public static final String HOLD_LOCATION = "holdLocation";
        /** "Check delivery", with {@link #GOODS_HELD}: why they are held. Not kept: the hold's description says it. */
        public static final String HOLD_REASON = "holdReason";
        /** "Check delivery", with {@link #GOODS_HELD}: what the carrier expects. Not kept: the hold's description says it. */
        public static final String HOLD_CARRIER_EXPECTS = "holdCarrierExpects";
        /** "Clear customs": the number customs gave the export declaration. */
        public static final String CUSTOMS_DECLARATION_NUMBER = "customsDeclarationNumber";

        private Var() {
        }
    }

    public enum ExceptionKind { PRODUCTION_DELAY, LOGISTICS_HOLD }

    /** What the order desk did about stock ready after the promised delivery date. */
    public enum StockDateAction { CLIENT_TOLD, DATE_CHANGED }

    public enum ShippingMethod { SEA, AIR, RAIL, ROAD, EXPRESS }
}
