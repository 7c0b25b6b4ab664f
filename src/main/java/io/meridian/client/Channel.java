package io.meridian.client;

/** Ways a client reaches the team or prefers to be reached; confirmations always go by EMAIL. */
public enum Channel {
    EMAIL, PHONE, WHATSAPP, WECHAT, LINKEDIN, SKYPE, WEBSITE, TRADE_SHOW
}
