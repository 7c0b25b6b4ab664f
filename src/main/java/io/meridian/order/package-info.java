/** Orders: the order ledger, the order fulfilment process and its REST events. */
package io.meridian.order;
