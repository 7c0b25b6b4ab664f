package io.meridian.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which client emails go at once on the 7×24 crisis channel, whatever the client's hours, rather than in the client's
 * next send window: one rule for the step that plans them and for the form's preview that says when they go.
 * <ul>
 *   <li>a crisis complaint's updates, unless the complaint was opened from a detractor score (the client gave a
 *       score, not a complaint: no client waits at 02:16 their time);</li>
 *   <li>an emergency plan's exception notice, unless it is that of a quality complaint that is no crisis, which lands
 *       in the client's hours as the complaint's own emails do.</li>
 * </ul>
 * The names are the complaint's and the plan's variables ({@code crisis}, {@code complaintSource},
 * {@code exceptionKind}), which those modules own; this one cannot import them.
 */
public final class CrisisChannel {

    private CrisisChannel() {
    }

    /** A complaint's update (acknowledgement, diagnosis, interim solution, root-cause fix) goes at once. */
    public static boolean complaintUpdateAtOnce(VariableScope scope) {
        return crisis(scope) && !"DETRACTOR".equals(scope.getVariable("complaintSource"));
    }

    /** An exception notice goes at once: all but that of a quality complaint that is no crisis. */
    public static boolean exceptionNoticeAtOnce(VariableScope scope) {
        return !"QUALITY_COMPLAINT".equals(ProcessValues.text(scope, "exceptionKind")) || crisis(scope);
    }

    private static boolean crisis(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable("crisis"));
    }
}
