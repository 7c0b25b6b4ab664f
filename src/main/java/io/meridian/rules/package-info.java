/** The analysts' decision tables: building workbooks into rules, keeping the active versions, running them. */
package io.meridian.rules;
