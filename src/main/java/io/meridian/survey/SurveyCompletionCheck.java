package io.meridian.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.system.CompletionCheck;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The quarterly survey task is completed only with scores in range and, for a detractor, the
 * category of what went wrong; the improvement report only with findings, measures and a timetable.
 */
@Component
class SurveyCompletionCheck implements CompletionCheck {

    static final int MAX_REPORT_TEXT = 4000;

    @Override
    public String processKey() {
        return SatisfactionSurvey.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.SURVEY_CLIENT);
    }

    @Override
    public void check(DelegateTask task) {
        scores(task);
    }

    static Scores scores(VariableScope scope) {
        return Scores.of(scope);
    }

    /** The after-sales check-in of the journey: the same scores, the same rule for a detractor's category. */
    @Component
    static class CheckIn implements CompletionCheck {
        @Override
        public String processKey() {
            return "clientJourney";
        }

        @Override
        public Set<String> userTasks() {
            return Set.of("afterSalesCheckIn");
        }

        @Override
        public void check(DelegateTask task) {
            scores(task);
        }
    }

    /** The improvement report says what was found, what will be done and when. */
    @Component
    static class ImprovementReport implements CompletionCheck {
        @Override
        public String processKey() {
            return SatisfactionSurvey.IMPROVEMENT_REPORT_KEY;
        }

        @Override
        public Set<String> userTasks() {
            return Set.of(Activity.WRITE_IMPROVEMENT_REPORT);
        }

        @Override
        public void check(DelegateTask task) {
            Map<String, String> errors = new LinkedHashMap<>();
            required(task, Var.FINDINGS, "what the analysis of the evaluation found", errors);
            required(task, Var.MEASURES, "the concrete improvement measures", errors);
            required(task, Var.TIMETABLE, "when each measure takes effect", errors);
            Inputs.throwIfAny(errors);
        }

        private static void required(DelegateTask task, String name, String what, Map<String, String> errors) {
            Object value = task.getVariable(name);
            if (value == null || value.toString().isBlank()) {
                errors.put(name, name + " is required: " + what);
            } else if (value.toString().length() > MAX_REPORT_TEXT) {
                errors.put(name, name + " is longer than " + MAX_REPORT_TEXT + " characters");
            }
        }
    }
}
