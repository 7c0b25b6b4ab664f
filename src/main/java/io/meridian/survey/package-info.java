/**
 * Satisfaction on a cadence (seed 003): every evaluation of a client (the after-sales check-in, the
 * quarterly NPS/CSAT/CES survey of every active client, a score sent over the API) is kept in the
 * survey ledger, a detractor opens a complaint in the category recorded, and an improvement report
 * goes to the client within 72 hours.
 *
 * <p>Public surface: {@link SatisfactionSurvey}, {@link Scores}, {@link Surveys} (the after-sales check-in
 * records through them), {@link SurveyCadenceSchedule} (the cadence process calls it by bean name).
 */
package io.meridian.survey;
