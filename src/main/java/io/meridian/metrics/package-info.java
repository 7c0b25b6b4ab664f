/**
 * What operators graph: Micrometer meters, served to Prometheus at {@code /actuator/prometheus} (HTTP Basic,
 * any Meridian user). Meridian's own meters start with {@code meridian.}: decisions per table and rules
 * version, rule activations and refusals, the outbox by state and its due backlog, the escalation sweep,
 * processes started. Camunda's job executor and engine counters start with {@code camunda.}. The capabilities
 * report through small listener interfaces ({@link io.meridian.rules.RuleBookListener}) or public read models;
 * none of them imports this package.
 *
 * <p>Public surface: none.
 */
package io.meridian.metrics;
