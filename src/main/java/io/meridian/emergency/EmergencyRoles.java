package io.meridian.emergency;

import io.meridian.emergency.EmergencyPlan.Kind;
import io.meridian.system.Groups;
import org.springframework.stereotype.Component;

/**
 * Which group holds each role of the emergency plan. Seed 001 ("制定应急沟通预案"): plan ahead for
 * production delay, logistics hold and quality complaint, with named roles: who talks to the
 * supplier (谁对接供应商), who informs the client (谁通知客户), who designs the fix (谁制定解决方案), in an
 * emergency group of the sales, order-follow-up (跟单, our order desk) and logistics leads. So:
 * <ul>
 * <li>the client hears it from sales, who own the relationship, whatever went wrong;</li>
 * <li>the supplier is the order desk's counterpart for production and quality (the factory) and
 *     logistics' for a hold (carrier, forwarder, port agent);</li>
 * <li>the fix is designed by the team that owns the failing stage: the order desk for production,
 *     logistics for a hold, support (the complaint table's handling team for quality) for a quality
 *     complaint.</li>
 * </ul>
 * The processes name these through the bean ({@code ${emergencyRoles.supplier(exceptionKind)}}).
 */
@Component("emergencyRoles")
public class EmergencyRoles {

    /** The candidate group of "talk to the supplier". */
    public String supplier(String kind) {
        return switch (kind(kind)) {
            case PRODUCTION_DELAY, QUALITY_COMPLAINT -> Groups.ORDER_DESK;
            case LOGISTICS_HOLD -> Groups.LOGISTICS;
        };
    }

    /** The candidate group of "inform the client" (the exception notice). */
    public String client(String kind) {
        kind(kind);
        return Groups.SALES;
    }

    /** The candidate group of "design the fix". */
    public String fix(String kind) {
        return switch (kind(kind)) {
            case PRODUCTION_DELAY -> Groups.ORDER_DESK;
            case LOGISTICS_HOLD -> Groups.LOGISTICS;
            case QUALITY_COMPLAINT -> Groups.SUPPORT;
        };
    }

    private static Kind kind(String kind) {
        if (kind == null) {
            throw new IllegalStateException("emergency plan without " + EmergencyPlan.Var.KIND);
        }
        return Kind.valueOf(kind);
    }
}
