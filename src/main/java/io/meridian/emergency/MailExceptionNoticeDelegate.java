package io.meridian.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.messages.ClientDates;
import io.meridian.messages.MessageKind;
import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ClientToday;
import io.meridian.process.CrisisChannel;
import io.meridian.process.ProcessValues;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import io.meridian.system.Text;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the client-facing role of the emergency plan completes, the exception notice (cause,
 * solution, expected recovery time) goes to the client, in the client's send window. It is about
 * the business key of the plan: the order (fulfilment) or the complaint (complaint handling).
 */
@Component
class MailExceptionNoticeDelegate implements JavaDelegate {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The longest cause or solution: a paragraph of the notice (the form's limit too). */
    static final int MAX_TEXT = 2000;

    private final ClientMail mail;
    private final ClientClocks clients;
    private final ClientToldOnOrderTasks told;

    MailExceptionNoticeDelegate(ClientMail mail, ClientClocks clients, ClientToldOnOrderTasks told) {
        this.mail = mail;
        this.clients = clients;
        this.told = told;
    }

    /**
     * The notice's cause, solution and expected recovery, each required. A recovery given as a day
     * only (the form's yyyy-mm-dd) keeps that day, so the client reads the date the team typed
     * rather than a midnight of the team's converted to the client's clock.
     */
    record Notice(String cause, String solution, Instant recovery, LocalDate recoveryDay) {
    }

    static Notice notice(VariableScope scope, ZoneId teamZone, ClientToday clientToday) {
        Map<String, String> missing = new LinkedHashMap<>();
        String cause = ProcessValues.text(scope, Var.CAUSE);
        String solution = ProcessValues.text(scope, Var.SOLUTION);
        Instant recovery = null;
        LocalDate recoveryDay = null;
        try {
            recovery = ProcessValues.instant(scope, Var.EXPECTED_RECOVERY, teamZone);
            String text = ProcessValues.text(scope, Var.EXPECTED_RECOVERY);
            if (recovery != null && DAY.matcher(text).matches()) {
                recoveryDay = LocalDate.parse(text);
            }
        } catch (InvalidInputException e) {
            missing.put(Var.EXPECTED_RECOVERY, e.getMessage());
        }
        checkText(Var.CAUSE, cause, "the cause is required", missing);
        checkText(Var.SOLUTION, solution, "the solution is required", missing);
        if (recovery == null && !missing.containsKey(Var.EXPECTED_RECOVERY)) {
            missing.put(Var.EXPECTED_RECOVERY, "the expected recovery time is required");
        } else if (recovery != null) {
            Instant now = ClockUtil.now().toInstant();
            String passed = passed(recovery, recoveryDay, now, clientToday);
            String tooFar = passed == null ? tooFar(recovery, recoveryDay, clientToday) : null;
            if (passed != null || tooFar != null) {
                missing.put(Var.EXPECTED_RECOVERY, passed != null ? passed : tooFar);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new Notice(cause, solution, recovery, recoveryDay);
    }

    /** {@code text} required, and one the client's email can carry ({@link #textProblem}); a refusal goes into {@code problems}. */
    private static void checkText(String field, String text, String required, Map<String, String> problems) {
        String problem = text == null ? required : textProblem(field, text);
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    /**
     * Why the cause or the solution cannot go into the client's email as written, or null: longer than
     * {@value #MAX_TEXT} characters (a paragraph of a notice, as the form's limit says), or holding a control character
     * no person typed (a NUL pasted from another program, which PostgreSQL cannot store either).
     */
    static String textProblem(String field, String text) {
        if (text.length() > MAX_TEXT) {
            return field + " is " + text.length() + " characters long: at most " + MAX_TEXT + ", a paragraph the client reads";
        }
        return Text.Check.unreadable(field, text);
    }

    /**
     * Why a recovery the client would read as already over is refused, or null: a day before the client's today (the
     * client reads the day in the notice: for a Tokyo client on Monday morning, Sunday is over though the team's Sunday
     * is not), or a moment more than {@link Inputs#CLOCK_SKEW} ago (another node's or the caller's clock may run ahead).
     */
    static String passed(Instant recovery, LocalDate recoveryDay, Instant now, ClientToday clientToday) {
        if (recoveryDay != null) {
            return recoveryDay.isBefore(clientToday.date())
                ? "the expected recovery day " + recoveryDay + " has passed for the client (" + clientToday.said()
                    + "): give that day or a later one" : null;
        }
        return recovery.isBefore(now.minus(Inputs.CLOCK_SKEW))
            ? "the expected recovery time " + recovery + " has passed: give a time from now on" : null;
    }

    /**
     * Why a recovery more than a year after the client's today is refused, or null: the notice would promise the client a
     * recovery in some later year, a slip of the year ("2031-01-08" for "2027-01-08") far more often than a delay of years,
     * as a delivery date more than a year out is refused at "Confirm order".
     */
    static String tooFar(Instant recovery, LocalDate recoveryDay, ClientToday clientToday) {
        LocalDate latest = clientToday.date().plusYears(1);
        LocalDate day = recoveryDay != null ? recoveryDay : LocalDate.ofInstant(recovery, clientToday.zone());
        return day.isAfter(latest)
            ? "the expected recovery " + (recoveryDay != null ? "day " + recoveryDay : "time " + recovery) + " is more than a year"
                + " away (" + clientToday.said() + "; the latest is " + TeamMoments.day(latest) + "): check the year" : null;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clients.decide(execution, now);
        Notice notice = notice(execution, client.teamZone(), clients.today(execution, now));
        // the client-facing role answers on the crisis channel within the crisis response, around the clock (EmergencyClocks):
        // its notice goes when it is written, not hours later at the client's opening, behind the complaint's own updates
        // the crisis channel's notice goes at once; a complaint's that is no crisis lands in the client's business hours, as
        // the complaint's own emails do (its role runs in the team's working time, EmergencyClocks)
        Instant sendAt = CrisisChannel.exceptionNoticeAtOnce(execution) ? now : clients.sendAt(execution, now);
        mail.plan(execution, mail.addressee(execution, client.etiquette(), client.zone()), MessageKind.EXCEPTION_NOTICE,
            values(execution, notice, client.zone()), sendAt, execution.getProcessBusinessKey(), writtenBy(execution));
        execution.setVariable(Var.NOTICE_PLANNED_AT, Date.from(sendAt));
        // every open task of the order names this notice now, as what the client was told last
        told.tellTheOrdersTasks(execution, client.teamZone(), client.zone());
    }

    /**
     * Who wrote the notice, for its signature: the client-facing role as it completed (another role may have completed
     * since, and the notice is the salesperson's, not theirs). A plan whose role completed before this was kept has no
     * writer known: its notice signs as sales, the company's signature under "Export sales", where it had taken whoever
     * completed the plan's last task, the order desk's or logistics' member who talked to the supplier or designed the fix,
     * as if they were the client's contact.
     */
    static Object writtenBy(VariableScope scope) {
        return scope.getVariable(Var.NOTICE_WRITTEN_BY);
    }

    /** The values of the exception notice template; the expected recovery in the client's clock. */
    static Map<String, Object> values(VariableScope scope, Notice notice, ZoneId clientZone) {
        Map<String, Object> v = new LinkedHashMap<>(kindValues(scope));
        v.put("cause", notice.cause());
        v.put("solution", notice.solution());
        v.put("expectedRecovery", notice.recoveryDay() != null ? ClientDates.day(notice.recoveryDay())
            : ClientMail.clientTime(notice.recovery(), clientZone));
        // a zone names the clock of a time: after a day alone ("Sunday, 6 December 2026 (Japan Time)") it says nothing
        v.put("recoveryTime", notice.recoveryDay() == null);
        return v;
    }

    /** What the template says about the emergency: its kind and the order or complaint it is about. */
    static Map<String, Object> kindValues(VariableScope scope) {
        String kind = ProcessValues.text(scope, Var.KIND);
        String complaint = EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(kind) ? ProcessValues.text(scope, Var.COMPLAINT_NUMBER) : null;
        String order = ProcessValues.text(scope, Var.ORDER_NUMBER);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("orderNumber", order == null ? "" : order);
        v.put("complaintNumber", complaint == null ? "" : complaint);
        v.put("productionDelay", EmergencyPlan.Kind.PRODUCTION_DELAY.name().equals(kind));
        v.put("logisticsHold", EmergencyPlan.Kind.LOGISTICS_HOLD.name().equals(kind));
        v.put("qualityComplaint", EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(kind));
        return v;
    }
}
