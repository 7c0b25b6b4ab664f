package io.meridian.order;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.meridian.process.ProcessValues;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Update production progress" says with its checkbox whether the stock is complete. Left out (over engine-rest), it
 * is the box left unticked: not complete, and the update comes back the next working day, as the model's
 * {@code stockComplete} gateway reads it. A value that is not true or false is refused here, naming the field, where
 * the gateway would have read the text "yes" as not complete and the stock-ready notice as complete. The two fields agree:
 * ticked below 100 % is refused (the client would be told of stock not made), and so is 100 % unticked (the order would wait
 * for a completion the planner has just reported).
 */
@Component
class ProductionProgressCompletionCheck implements CompletionCheck {

    @Override
    public String processKey() {
        return OrderFulfilment.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
    }

    @Override
    public void check(DelegateTask task) {
        Map<String, String> errors = new LinkedHashMap<>();
        // the form requires the progress, 0 to 100: over engine-rest too, as the progress report reads it
        Integer progress = null;
        try {
            progress = ProcessValues.requiredInteger(task, PROGRESS_PERCENT, 0, 100);
        } catch (InvalidInputException e) {
            errors.put(PROGRESS_PERCENT, e.getMessage() + ": the share of the order produced, a whole number from 0 to 100");
        }
        Object complete = task.getVariable(OrderFulfilment.Var.STOCK_COMPLETE);
        if (complete != null && !(complete instanceof Boolean)) {
            errors.put(OrderFulfilment.Var.STOCK_COMPLETE, OrderFulfilment.Var.STOCK_COMPLETE + " '" + complete
                + "' is not true or false: tick \"Stock is complete\" (true, a Boolean over engine-rest) once all the stock is"
                + " made, or leave it unticked (false, or leave it out) while production goes on");
        }
        if (Boolean.TRUE.equals(complete) && progress != null && progress < 100) {
            // the tick tells the client the stock is ready to ship: at 40 % that is a slip of one of the two fields
            errors.put(OrderFulfilment.Var.STOCK_COMPLETE, OrderFulfilment.Var.STOCK_COMPLETE + " is ticked (\"Stock is complete\")"
                + " at a production progress of " + progress + " %: the client is then told the stock is ready to ship. Tick it"
                + " only once everything is made, at 100 %, or leave it unticked while production goes on");
        }
        if ((complete == null || Boolean.FALSE.equals(complete)) && progress != null && progress == 100) {
            // a planner who reports 100 % means the goods are made: unticked, the order would wait for a completion already reported
            errors.put(PROGRESS_PERCENT, PROGRESS_PERCENT + " is 100 % but \"Stock is complete\" (" + OrderFulfilment.Var.STOCK_COMPLETE
                + ") is not ticked: tick it once everything is made, or give the percentage still in production");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The form's "Production progress (%)". */
    static final String PROGRESS_PERCENT = "progressPercent";
}
