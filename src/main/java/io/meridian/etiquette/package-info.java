/** How to deal with a client: the etiquette decision table, observances in force and contact windows. */
package io.meridian.etiquette;
