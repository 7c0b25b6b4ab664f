package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may read inquiries, orders and complaints (one record, the lists, the emails planned for one):
 * the teams who work their tasks and the integrations that drive them. Analysts edit rules and see
 * no client data, as in engine-rest, where they read no process instances. One annotation, so the
 * record, its list and its messages cannot drift apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@AllowedGroups({Groups.INTEGRATIONS, Groups.SALES, Groups.ORDER_DESK, Groups.LOGISTICS, Groups.SUPPORT, Groups.MANAGERS})
public @interface ReadsRecords {
}
