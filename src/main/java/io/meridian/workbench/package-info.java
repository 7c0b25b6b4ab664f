/**
 * The analysts' workbench: a signed-in page to check, compare, preview, activate and roll back the rule
 * workbooks, and to check, put in force and roll back the client email templates.
 *
 * <p>Public surface: none.
 */
package io.meridian.workbench;
