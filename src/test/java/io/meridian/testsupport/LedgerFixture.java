package io.meridian.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A client with an order in the ledgers (for the survey and milestone tests), written straight into the tables: what a journey would have left behind. */
public final class LedgerFixture {

    public record ClientWithOrder(String clientId, String orderId, String orderNumber) {
    }

    private LedgerFixture() {
    }

    /** A German key account (Herr Jan Weber, German first) whose order was opened at {@code openedAt} in {@code status}. */
    public static ClientWithOrder germanClient(JdbcClient jdbc, String email, Instant openedAt, String status) {
        String client = UUID.randomUUID().toString();
        String inquiry = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        String number = "ORD-" + order.substring(0, 8);
        Timestamp at = Timestamp.from(openedAt);
        jdbc.sql("""
                insert into client (id, company, contact_name, email, country, time_zone, language, tier, preferred_channel,
                                    main_category, created_at, updated_at, given_name, family_name, salutation)
                values (:id, 'Weber GmbH', 'Jan Weber', :email, 'DE', 'Europe/Berlin', 'de', 'A', 'EMAIL', 'Lighting', :at, :at,
                        'Jan', 'Weber', 'MR')""")
            .param("id", client).param("email", email).param("at", at).update();
        jdbc.sql("""
                insert into inquiry (id, client_id, product, quantity, received_at, channel, status, reply_due_at, order_id, created_at)
                values (:id, :client, 'LED panel', 200, :at, 'EMAIL', 'ORDERED', :at, :order, :at)""")
            .param("id", inquiry).param("client", client).param("at", at).param("order", order).update();
        jdbc.sql("""
                insert into customer_order (id, order_number, inquiry_id, client_id, amount, currency, payment_status, status, created_at)
                values (:id, :number, :inquiry, :client, 2500.00, 'EUR', 'PAID', :status, :at)""")
            .param("id", order).param("number", number).param("inquiry", inquiry).param("client", client).param("status", status)
            .param("at", at).update();
        return new ClientWithOrder(client, order, number);
    }
}
