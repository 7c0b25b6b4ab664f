package io.meridian.survey;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.names.Words;
import io.meridian.process.BriefingSection;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** What a survey task's briefing says about the survey: the quarter and scales, or the evaluation the report answers. */
@Component
class SurveyBriefing implements BriefingSection {

    /** How the improvement report's paragraph on the evaluation begins. */
    static final String EVALUATION = "**Evaluation:**";
    /** The paragraph after it, which ends it (a client's comment may hold blank lines of its own). */
    private static final String GOOD_PRACTICE = "\n\nGood practice:";

    private final ComplaintLedger complaints;

    SurveyBriefing(ComplaintLedger complaints) {
        this.complaints = complaints;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String key = task.getTaskDefinitionKey();
        if (Activity.SURVEY_CLIENT.equals(key)) {
            return Optional.of("**Quarterly survey about " + StartQuarterlySurveysDelegate.surveyedQuarter(task) + ":** the client got the survey by email. "
                + "Ask for the three scores on a call in the client's window (or record what the client replied): NPS 0-10 "
                + "(would recommend us), CSAT 1-5 (satisfied), CES 1-7 (the effort it took: 1 = very little, 7 = a great deal). A score of 0-6 is a detractor: "
                + "name what went wrong, and a complaint opens in that category.");
        }
        if (Activity.WRITE_IMPROVEMENT_REPORT.equals(key)) {
            return Optional.of(evaluation(task::getVariable) + GOOD_PRACTICE + " analyse the evaluation and tell the client, within 72 hours, the concrete "
                + "improvement measures and their timetable. The result is checked in the next survey.");
        }
        return Optional.empty();
    }

    /**
     * The report's paragraph on the evaluation: the scores, what the client said and, for a detractor, the complaint the score
     * opened by the number the team and the client quote (C-…), not the ledger's id. The check-in's complaint opens a moment
     * after its report (a step of its own in the journey): until then the paragraph says it is opening.
     */
    String evaluation(Function<String, Object> variable) {
        Object comment = variable.apply(Var.COMMENT);
        StringBuilder b = new StringBuilder(EVALUATION).append(" NPS ").append(variable.apply(Var.NPS)).append("/10, CSAT ")
            .append(variable.apply(Var.CSAT)).append("/5, CES ").append(variable.apply(Var.CES)).append("/7");
        if (variable.apply(Var.NPS) instanceof Number nps && variable.apply(Var.CSAT) instanceof Number csat
            && variable.apply(Var.CES) instanceof Number ces) {
            String disagree = Scores.disagreement(nps.intValue(), csat.intValue(), ces.intValue());
            if (disagree != null) {
                b.append(". T").append(disagree.substring(1));
            }
        }
        // a quote that ends its own sentence ("Late again.") closes the sentence: no second full stop after it
        boolean closed = false;
        if (comment != null) {
            String said = comment.toString().strip();
            b.append(". The client said: \"").append(said).append('"');
            closed = endsASentence(said);
        }
        if (Boolean.TRUE.equals(variable.apply(Var.DETRACTOR))) {
            String category = Words.of((String) variable.apply(Var.COMPLAINT_CATEGORY));
            Optional<ComplaintRecord> complaint = Optional.ofNullable((String) variable.apply(Var.COMPLAINT_ID)).flatMap(complaints::byId);
            b.append(closed ? " " : ". ").append(complaint.map(c -> Boolean.TRUE.equals(variable.apply(Var.COMPLAINT_OPEN_ALREADY))
                    ? "Detractor: the score opened no second complaint; it was added to complaint " + c.complaintNumber()
                        + ", open already" + (variable.apply(Var.ORDER_ID) == null ? "" : " about the same order")
                        + " and worked in its own tasks; the report's email names it by that number"
                    : "Detractor: the score opened complaint " + c.complaintNumber() + " (" + category
                        + "), worked in its own tasks; the report's email names it by that number")
                .orElse("Detractor: a complaint in category " + category + " opens from this score; its number shows here once it is open"));
            closed = false;
        }
        return closed ? b.toString() : b.append('.').toString();
    }

    /** Whether {@code text} ends with the mark that ends a sentence (. ! ? …, or the CJK full-width ones). */
    static boolean endsASentence(String text) {
        return !text.isEmpty() && ".!?…。！？".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * {@code briefing} with its evaluation paragraph written anew from {@code variable} (the check-in's complaint opened after
     * the report's task was made); unchanged when it has no such paragraph.
     */
    String withEvaluation(String briefing, Function<String, Object> variable) {
        int start = briefing.indexOf(EVALUATION);
        int end = briefing.indexOf(GOOD_PRACTICE, Math.max(start, 0));
        return start < 0 || end < 0 ? briefing : briefing.substring(0, start) + evaluation(variable) + briefing.substring(end);
    }
}
