package io.meridian.inquiry;

import io.meridian.client.Channel;
import io.meridian.client.ClientPart;
import io.meridian.system.IsoInstant;
import io.meridian.system.OneOf;
import io.meridian.system.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/inquiries}: the client and the inquiry, checked once by Bean Validation
 * ({@link NewInquiry#of} then only converts). Text fields so that each parse error names its field.
 */
record InquiryRequest(
    @NotNull(message = "client is required (company, contactName, email, country, ...)") @Valid ClientPart client,
    @NotNull(message = "inquiry is required (product, quantity, ...)") @Valid InquiryPart inquiry) {

    record InquiryPart(@Text(required = true, max = 200) String product,
                       @NotNull(message = "[field] is required")
                       @Min(value = 1, message = "[field] must be between 1 and 1000000000")
                       @Max(value = 1_000_000_000, message = "[field] must be between 1 and 1000000000") Integer quantity,
                       @Text(max = 4000) String message,
                       @IsoInstant(receipt = true) String receivedAt,
                       @OneOf(Channel.class) String channel,
                       @Text(max = 200) String externalRef) {
    }
}
