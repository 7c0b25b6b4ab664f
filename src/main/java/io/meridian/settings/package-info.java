/**
 * Reading the server's own settings the way an administrator writes them, and refusing a value that cannot be used with
 * Spring's short start-up report, which names the property, the value and what it must be.
 *
 * <p>Public surface: {@link PositiveDurations}.
 */
package io.meridian.settings;
