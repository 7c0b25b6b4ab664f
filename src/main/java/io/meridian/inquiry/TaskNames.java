package io.meridian.inquiry;

import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A task's name says whom it is for, so a Tasklist card can be told from the next:
 * "Reply to inquiry — Nakamura Trading (JP, A)". The activity id stays the model's.
 */
public final class TaskNames {

    static final String SEPARATOR = " — ";

    private TaskNames() {
    }

    /** The model's name of the task followed by company, country and tier; the name alone when the company is unknown. */
    public static String forClient(DelegateTask task) {
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        int cut = name.indexOf(SEPARATOR);
        String base = cut < 0 ? name : name.substring(0, cut);
        String company = ProcessValues.text(task, Var.COMPANY);
        if (company == null) {
            return base;
        }
        String country = ProcessValues.text(task, Var.COUNTRY);
        String tier = ProcessValues.text(task, Var.TIER);
        StringBuilder b = new StringBuilder(base).append(SEPARATOR).append(company.strip());
        if (country != null || tier != null) {
            b.append(" (").append(country == null ? "–" : country).append(", ").append(tier == null ? "B" : tier).append(')');
        }
        // the engine keeps task names up to 255 characters
        return b.length() <= 255 ? b.toString() : b.substring(0, 254) + "…";
    }
}
