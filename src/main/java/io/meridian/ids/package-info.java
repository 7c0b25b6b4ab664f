/**
 * Ids for the ledgers' new rows: UUIDs of version 7 (RFC 9562), whose text sorts by the moment they
 * were made, so that the rows a busy server inserts at once go to the same end of each table's
 * primary-key tree instead of a random leaf each; and the short numbers people quote (an order's,
 * a complaint's), unique in their ledger.
 *
 * <p>Public surface: {@link Ids}, {@link ShortNumbers}.
 */
package io.meridian.ids;
