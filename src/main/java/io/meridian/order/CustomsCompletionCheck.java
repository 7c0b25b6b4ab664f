package io.meridian.order;

import java.util.Set;
import java.util.regex.Pattern;

import io.meridian.process.ProcessValues;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Clear customs" is completed with the number customs gave the export declaration: the reference the shipment's
 * documents cite and the client's broker asks for. Countries write it differently, so the check is wide:
 * <ul>
 *   <li>EU and UK: the Movement Reference Number, 18 letters and digits, year, country, then 14 characters
 *       (HMRC, "CDS Movement Reference Number (MRN) guide", gov.uk; the EU's NCTS and AES issue the same format),
 *       e.g. 26DE123456789012A3;</li>
 *   <li>US: the AES Internal Transaction Number, "X", the day of acceptance and 6 digits (US Census Bureau,
 *       "Filing in AESDirect: How do you find your Internal Transaction Number?", 2019), e.g. X20270112123456;
 *       a CBP entry number is written with hyphens, e.g. ABC-1234567-8;</li>
 *   <li>China: the 18-digit number of the customs declaration form (报关单编号, General Administration of Customs).</li>
 * </ul>
 * So: 6 to 35 characters (judgement: the shortest national numbers have 7 digits, 35 leaves room for a broker's
 * prefix), letters and digits with - or / between them, at least one digit. A word or a single letter is a slip.
 */
@Component
class CustomsCompletionCheck implements CompletionCheck {

    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 35;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");
    static final String WHAT_IT_LOOKS_LIKE = MIN_LENGTH + " to " + MAX_LENGTH
        + " letters and digits, with - or / between them where the number has them, as customs issued it"
        + " (e.g. an EU or UK MRN 26DE123456789012A3, a US ITN X20270112123456, a Chinese 18-digit declaration number)";

    @Override
    public String processKey() {
        return OrderFulfilment.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(OrderFulfilment.Activity.CLEAR_CUSTOMS);
    }

    @Override
    public void check(DelegateTask task) {
        String number = ProcessValues.text(task, OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER);
        if (number == null) {
            throw new InvalidInputException(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER
                + " is required: the number customs gave the export declaration, " + WHAT_IT_LOOKS_LIKE);
        }
        if (number.length() < MIN_LENGTH || number.length() > MAX_LENGTH || !NUMBER.matcher(number).matches()
            || !DIGIT.matcher(number).matches()) {
            throw new InvalidInputException(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER + " '" + shown(number)
                + "' is not a customs declaration number: give " + WHAT_IT_LOOKS_LIKE);
        }
    }

    private static String shown(String number) {
        return number.length() > MAX_LENGTH + 5 ? number.substring(0, MAX_LENGTH) + "…" : number;
    }
}
