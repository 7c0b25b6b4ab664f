package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the members of a desk's group ({@link ConfiguredTeams}, e.g. {@code sales-apac}) call an {@code /api} endpoint
 * that {@link AllowedGroups} (or {@link ReadsRecords}) closes to them, for their own desk's clients only: they work
 * those clients' tasks in Tasklist, so they do the clients' account work over the API as well. The endpoint must
 * check each client it touches, or narrow its list, with the caller's desks ({@link CallerDesks}); the groups the
 * annotation names keep seeing every desk's clients.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenToDesks {
}
