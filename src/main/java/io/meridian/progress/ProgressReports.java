package io.meridian.progress;

/** Names of the progress report process ({@code processes/progress-reports.bpmn}) that code and tests share. */
final class ProgressReports {

    static final String KEY = "progressReports";

    private ProgressReports() {
    }

    /**
     * The business key of an order's reports: the order id with a suffix, so that the order id alone still names one
     * instance, its fulfilment (queries, engine-rest and Cockpit users look fulfilment up by it).
     */
    static String businessKey(String orderId) {
        return orderId + "/progress-reports";
    }

    /** Activity ids. */
    static final class Activity {
        static final String REPORTS_STARTED = "reportsStarted";
        static final String NEXT_REPORT = "nextReport";
        static final String PLAN_NEXT_REPORT = "planNextReport";
        static final String STILL_IN_PRODUCTION = "stillInProduction";
        static final String PRODUCTION_OVER = "productionOver";
        static final String REPORT_DAY = "reportDay";
        static final String WRITE_PROGRESS_REPORT = "writeProgressReport";
        static final String SEND_PROGRESS_REPORT = "sendProgressReport";
        static final String STOP_REPORTS = "stopReports";
        static final String PRODUCTION_ENDED = "productionEnded";
        static final String REPORTS_STOPPED = "reportsStopped";

        private Activity() {
        }
    }

    /** Message names. */
    static final class Message {
        /** The goods shipped (or fulfilment ended): no more reports; the tracking number takes over. */
        static final String PRODUCTION_ENDED = "ProductionEnded";

        private Message() {
        }
    }

    /** Process variables besides the client's fields. */
    static final class Var {
        static final String ORDER_ID = "orderId";
        static final String ORDER_NUMBER = "orderNumber";
        static final String CLIENT_ID = "clientId";
        static final String INQUIRY_ID = "inquiryId";
        /** WEEKLY or BIWEEKLY; set on the order's fulfilment it overrides the decision. */
        static final String CADENCE = "reportCadence";
        static final String STARTED_ON = "productionStartedOn";
        static final String REPORT_NUMBER = "reportNumber";
        static final String REPORT_ON = "reportOn";
        static final String REPORT_AT = "reportAt";
        static final String REPORT_DUE_AT = "reportDueAt";
        static final String IN_PRODUCTION = "inProduction";
        static final String PROGRESS_PERCENT = "reportProgressPercent";
        static final String PROGRESS_NOTE = "reportProgressNote";
        static final String STOCK_COMPLETE = "reportStockComplete";
        static final String STOCK_READY_ON = "reportStockReadyOn";
        static final String CUSTOMS_CLEARED = "reportCustomsCleared";
        static final String SUMMARY = "reportSummary";

        private Var() {
        }
    }
}
