package io.meridian.client;

/** How a client is addressed: Mr or Ms; the words in each language are the message templates' business. */
public enum Salutation { MR, MS }
