package io.meridian.survey;

/**
 * Names of the survey processes that code and tests share: the quarterly survey of one client
 * ({@code processes/satisfaction-survey.bpmn}), the improvement report after any evaluation
 * ({@code processes/improvement-report.bpmn}) and the cadence that starts the surveys
 * ({@code processes/survey-cadence.bpmn}).
 */
public final class SatisfactionSurvey {

    public static final String KEY = "satisfactionSurvey";
    public static final String IMPROVEMENT_REPORT_KEY = "improvementReport";
    public static final String CADENCE_KEY = "surveyCadence";

    private SatisfactionSurvey() {
    }

    /** Activity ids. */
    public static final class Activity {
        public static final String SURVEY_DUE = "surveyDue";
        public static final String SEND_SURVEY = "sendSurvey";
        public static final String SURVEY_CLIENT = "surveyClient";
        public static final String SURVEY_ANSWERED = "surveyAnswered";
        public static final String RECORD_SURVEY = "recordSurvey";
        public static final String SURVEY_DONE = "surveyDone";
        public static final String ANSWERED_ELSEWHERE = "answeredElsewhere";
        public static final String EVALUATION_RECORDED = "evaluationRecorded";
        public static final String WRITE_IMPROVEMENT_REPORT = "writeImprovementReport";
        public static final String SEND_IMPROVEMENT_REPORT = "sendImprovementReport";
        public static final String IMPROVEMENT_REPORT_SENT = "improvementReportSent";
        public static final String QUARTER_BEGINS = "quarterBegins";
        public static final String START_QUARTERLY_SURVEYS = "startQuarterlySurveys";
        public static final String SURVEYS_STARTED = "surveysStarted";

        private Activity() {
        }
    }

    /** Message names. */
    public static final class Message {
        /** The client answered the quarterly survey another way (e.g. the web form behind {@code POST /api/clients/{id}/surveys}). */
        public static final String SURVEY_ANSWERED = "SurveyAnswered";

        private Message() {
        }
    }

    /** Process variables besides the client's fields (named as in the client API). */
    public static final class Var {
        public static final String CLIENT_ID = "clientId";
        public static final String ORDER_ID = "orderId";
        /** The round: the quarter the cadence started the survey in, e.g. 2027-Q1 ({@code survey_round}). */
        public static final String QUARTER = "quarter";
        /** The quarter the client is asked about, the one just ended, e.g. 2026-Q4 for the round of 2027-Q1. */
        public static final String SURVEYED_QUARTER = "surveyedQuarter";
        public static final String ANSWER_BY = "answerBy";
        public static final String NPS = "nps";
        public static final String CSAT = "csat";
        public static final String CES = "ces";
        public static final String COMMENT = "satisfactionComment";
        public static final String COMPLAINT_CATEGORY = "complaintCategory";
        public static final String EVALUATION_ID = "evaluationId";
        public static final String EVALUATED_AT = "evaluatedAt";
        public static final String REPORT_DUE_AT = "reportDueAt";
        public static final String DETRACTOR = "detractor";
        public static final String COMPLAINT_ID = "surveyComplaintId";
        /** True when the detractor's score opened no complaint: the client's complaint about the same order, open already, took it. */
        public static final String COMPLAINT_OPEN_ALREADY = "surveyComplaintOpenAlready";
        /** The number (C-…) of the complaint {@link #COMPLAINT_ID}, as the improvement report's email and its preview name it. */
        public static final String COMPLAINT_NUMBER = "complaintNumber";
        public static final String FINDINGS = "improvementFindings";
        public static final String MEASURES = "improvementMeasures";
        public static final String TIMETABLE = "improvementTimetable";

        private Var() {
        }
    }

    /** Where an evaluation came from. */
    public enum Source { CHECK_IN, QUARTERLY, API }
}
