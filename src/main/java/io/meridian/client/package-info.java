/** The client ledger: who the client is, where, what they buy, how often and how they like to be reached. */
package io.meridian.client;
