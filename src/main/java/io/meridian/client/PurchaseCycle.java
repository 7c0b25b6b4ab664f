package io.meridian.client;

/** How often the client buys (client ledger). */
public enum PurchaseCycle {
    ONE_OFF, MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL
}
