package io.meridian.system;

import java.lang.reflect.Field;
import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.Validator;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Camunda validates only the top level of a task query: {@code enableExpressionsInAdhocQueries=false}
 * does not reach the {@code orQueries} of {@code POST /engine-rest/task}. This applies the top
 * level's validators (ad-hoc or stored) to every or-query before the query runs.
 */
class OrQueryExpressionGuard extends CommandInterceptor {

    private static final Field VALIDATORS;

    static {
        try {
            VALIDATORS = AbstractQuery.class.getDeclaredField("validators");
            VALIDATORS.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's AbstractQuery has changed: review OrQueryExpressionGuard", e);
        }
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query && query.getQueries().size() > 1) {
            for (Validator<AbstractQuery<?, ?>> validator : validators(query)) {
                for (TaskQueryImpl orQuery : query.getQueries()) {
                    if (orQuery != query) {
                        orQuery.validate(validator);
                    }
                }
            }
        }
        return next.execute(command);
    }

    @SuppressWarnings("unchecked")
    private static Set<Validator<AbstractQuery<?, ?>>> validators(AbstractQuery<?, ?> query) {
        try {
            Set<Validator<AbstractQuery<?, ?>>> validators = (Set<Validator<AbstractQuery<?, ?>>>) VALIDATORS.get(query);
            return validators == null ? Set.of() : Set.copyOf(validators);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
