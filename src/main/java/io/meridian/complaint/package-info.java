/** Complaints: the complaint-handling decision table (severity, first response, team, culture-aware guidance). */
package io.meridian.complaint;
