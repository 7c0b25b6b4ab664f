package io.meridian.order;

import java.time.LocalDate;

import io.meridian.moments.TeamMoments;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The heading of the stock-ready notice's form (task-local {@link #VARIABLE}), which says what is true of the stock: "stock
 * complete" once production reported it, "stock nearly ready" with the forecast's day before that. Written when the task is
 * made and again when the stock is completed while it is open ({@link RescheduleStockNoticeDelegate}), so that the order desk
 * never tells a client "nearly ready" of goods finished and waiting.
 */
@Component
class StockNoticeHeading implements TaskListener {

    /** The form's text component shows it as {@code {{stockNotice}}}. */
    static final String VARIABLE = "stockNotice";

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(VARIABLE, text(task));
    }

    /** The heading and what to tell the client, as the stock stands for {@code scope}. */
    static String text(VariableScope scope) {
        if (Boolean.TRUE.equals(scope.getVariable(OrderFulfilment.Var.STOCK_COMPLETE))) {
            return "# Notify the client: stock complete\n\nProduction has reported the stock complete: tell the client now that the"
                + " goods are finished and ready to ship, not that they are nearly ready. The order and the promised delivery date are"
                + " in the briefing.";
        }
        LocalDate readyOn = ProcessValues.date(scope, OrderFulfilment.Var.STOCK_READY_ON);
        return "# Notify the client: stock nearly ready\n\n" + (readyOn == null ? "The stock is not complete yet" : "The stock is forecast"
            + " complete on " + TeamMoments.day(readyOn)) + ": tell the client 3 days before it is complete that it is nearly ready."
            + " The order, its forecast and the promised delivery date are in the briefing.";
    }
}
