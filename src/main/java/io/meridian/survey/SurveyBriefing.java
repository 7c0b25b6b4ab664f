package io.meridian.survey;

import java.time.ZoneId;
import java.util.Optional;

import io.meridian.process.BriefingSection;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** What a survey task's briefing says about the survey: the quarter and scales, or the evaluation the report answers. */
@Component
class SurveyBriefing implements BriefingSection {

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
            Object comment = task.getVariable(Var.COMMENT);
            Object complaint = task.getVariable(Var.COMPLAINT_ID);
            return Optional.of("**Evaluation:** NPS " + task.getVariable(Var.NPS) + "/10, CSAT " + task.getVariable(Var.CSAT)
                + "/5, CES " + task.getVariable(Var.CES) + "/7" + (comment == null ? "" : ". The client said: \"" + comment + "\"")
                + (Boolean.TRUE.equals(task.getVariable(Var.DETRACTOR)) ? ". Detractor: a complaint in category "
                    + task.getVariable(Var.COMPLAINT_CATEGORY) + (complaint == null ? " is handled with the order" : " is open (" + complaint + ")") : "")
                + ".\n\nGood practice: analyse the evaluation and tell the client, within 72 hours, the concrete improvement measures "
                + "and their timetable. The result is checked in the next survey.");
        }
        return Optional.empty();
    }
}
