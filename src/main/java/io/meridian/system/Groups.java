package io.meridian.system;

import java.util.LinkedHashMap;
import java.util.Map;

/** The groups of DESIGN.md "Identity" (candidate groups of tasks and roles of users), and the monitoring login's. */
public final class Groups {

    public static final String SALES = "sales";
    public static final String ORDER_DESK = "order-desk";
    public static final String LOGISTICS = "logistics";
    public static final String SUPPORT = "support";
    public static final String MANAGERS = "managers";
    public static final String ANALYSTS = "analysts";
    public static final String INTEGRATIONS = "integrations";
    public static final String ADMIN = "camunda-admin";
    /** A metrics scraper's login: reads the meters, nothing else (system.MonitoringOnlyFilter). */
    public static final String MONITORING = "monitoring";

    /** The groups whose members work user tasks in Tasklist. */
    public static final java.util.List<String> TEAMS = java.util.List.of(SALES, ORDER_DESK, LOGISTICS, SUPPORT, MANAGERS);

    /** Group id to display name. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(SALES, "Sales");
        all.put(ORDER_DESK, "Order desk");
        all.put(LOGISTICS, "Logistics");
        all.put(SUPPORT, "Support");
        all.put(MANAGERS, "Managers");
        all.put(ANALYSTS, "Business analysts");
        all.put(INTEGRATIONS, "Integrations (API clients)");
        all.put(ADMIN, "Camunda administrators");
        all.put(MONITORING, "Monitoring (metrics scrapers)");
        ALL = java.util.Collections.unmodifiableMap(all);
    }

    private Groups() {
    }
}
