package io.meridian.complaint;

/**
 * Body of {@code POST /api/complaints}: the client (as in an inquiry), or an {@code orderId} or
 * {@code inquiryId}; what the complaint is about. Text fields, so each parse error names its field.
 */
record ComplaintRequest(ClientPart client, String orderId, String inquiryId, String category, String wording,
                        String description, String receivedAt) {

    record ClientPart(String company, String contactName, String email, String country, String timeZone, String language,
                      String tier, String preferredChannel, String mainCategory) {
    }
}
