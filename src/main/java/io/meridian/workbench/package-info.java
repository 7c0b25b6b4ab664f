/**
 * The analysts' workbench: a signed-in page to check, compare, preview, activate and roll back the rule
 * workbooks.
 *
 * <p>Public surface: none.
 */
package io.meridian.workbench;
