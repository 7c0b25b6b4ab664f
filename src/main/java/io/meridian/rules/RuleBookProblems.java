package io.meridian.rules;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A workbook that cannot go live, answered as problem+json with every problem placed on sheet,
 * row, column and cell. Here rather than in {@code system/ProblemAdvice} so that {@code system}
 * needs no import of {@code rules}; ordered first, as ProblemAdvice answers every other exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleBookProblems {

    @ExceptionHandler(RuleBookException.class)
    ProblemDetail ruleBook(RuleBookException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
            "Rule table '" + e.table() + "' has " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; the version in force is unchanged.");
        problem.setTitle("Workbook refused");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("table", e.table());
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
