package io.meridian.confirmation;

import io.meridian.client.Channel;
import io.meridian.system.IsoInstant;
import io.meridian.system.OneOf;
import io.meridian.system.Text;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /api/inquiries/{id}/messages} and {@code /api/orders/{id}/messages}:
 * what was agreed ({@code text}), on which instant channel, when (default now) and by whom on
 * the team (default the caller). Checked once by Bean Validation; an {@code agreedAt} in the
 * future is refused against the clock ({@link ConfirmedItems}).
 */
record ConfirmedItemsRequest(
    @NotBlank(message = "[field] is required: the instant channel it was agreed on (e.g. WHATSAPP, WECHAT, PHONE)")
    @OneOf(Channel.class) String channel,
    @NotBlank(message = "[field] is required: what was agreed with the client")
    @Text(max = ConfirmedItems.MAX_TEXT) String text,
    @IsoInstant(businessYears = true, notFuture = true) String agreedAt,
    @Text(max = 200) String agreedBy) {
}
