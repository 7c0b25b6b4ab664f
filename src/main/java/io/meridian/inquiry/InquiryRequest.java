package io.meridian.inquiry;

/** Body of {@code POST /api/inquiries}: the client and the inquiry. Text fields so that each parse error names its field. */
record InquiryRequest(ClientPart client, InquiryPart inquiry) {

    record ClientPart(String company, String contactName, String email, String country, String timeZone, String language,
                      String tier, String preferredChannel, String mainCategory, String purchaseCycle, String givenName,
                      String familyName, String salutation, String title) {
    }

    record InquiryPart(String product, Integer quantity, String message, String receivedAt, String channel, String externalRef) {
    }
}
