/**
 * Orders: the order ledger, the order fulfilment process and its REST events.
 *
 * <p>Public surface: {@link FulfilmentWaits}, {@link OrderFulfilment}, {@link OrderLedger},
 * {@link OrderCancellation}, {@link OrderCancelled}, {@link OrderPayment}, {@link OrderRecord}, {@link PaymentChase}, {@link Shortfall}, {@link TrackingNumbers}, {@link UnnoticedOrderEnds}.
 */
package io.meridian.order;
