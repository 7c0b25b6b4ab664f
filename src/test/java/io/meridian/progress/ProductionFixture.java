package io.meridian.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client with a confirmed order in the ledgers, written straight into the tables, and its fulfilment started
 * as the journey's call activity starts it (ids and the client fields the process keeps).
 */
final class ProductionFixture {

    record Order(String clientId, String inquiryId, String orderId, String orderNumber) {
    }

    private ProductionFixture() {
    }

    /** A client ({@code contact} as given and family name, salutation MR) whose order was confirmed at {@code openedAt}. */
    static Order confirmedOrder(JdbcClient jdbc, String email, String company, String country, String zone, String language,
                                String tier, String givenName, String familyName, Instant openedAt) {
        String client = UUID.randomUUID().toString();
        String inquiry = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        String number = "ORD-" + order.substring(0, 8);
        Timestamp at = Timestamp.from(openedAt);
        jdbc.sql("""
                insert into client (id, company, contact_name, email, country, time_zone, language, tier, preferred_channel,
                                    main_category, created_at, updated_at, given_name, family_name, salutation)
                values (:id, :company, :contact, :email, :country, :zone, :language, :tier, 'EMAIL', 'Lighting', :at, :at,
                        :given, :family, 'MR')""")
            .param("id", client).param("company", company).param("contact", givenName + " " + familyName).param("email", email)
            .param("country", country).param("zone", zone).param("language", language).param("tier", tier).param("at", at)
            .param("given", givenName).param("family", familyName).update();
        jdbc.sql("""
                insert into inquiry (id, client_id, product, quantity, received_at, channel, status, reply_due_at, order_id, created_at)
                values (:id, :client, 'LED panel', 200, :at, 'EMAIL', 'ORDERED', :at, :order, :at)""")
            .param("id", inquiry).param("client", client).param("at", at).param("order", order).update();
        jdbc.sql("""
                insert into customer_order (id, order_number, inquiry_id, client_id, amount, currency, payment_status, status, created_at)
                values (:id, :number, :inquiry, :client, 2500.00, 'EUR', 'PAID', 'CONFIRMED', :at)""")
            .param("id", order).param("number", number).param("inquiry", inquiry).param("client", client).param("at", at).update();
        return new Order(client, inquiry, order, number);
    }

    /** Starts order fulfilment for {@code order} with the variables the journey's call activity passes in. */
    static ProcessInstance startFulfilment(ProcessEngine engine, Order order, String company, String country, String tier, String zone) {
        Map<String, Object> v = new HashMap<>();
        v.put("orderId", order.orderId());
        v.put("orderNumber", order.orderNumber());
        v.put("inquiryId", order.inquiryId());
        v.put("clientId", order.clientId());
        v.put("company", company);
        v.put("country", country);
        v.put("tier", tier);
        v.put("timeZone", zone);
        v.put("deliveryDate", "2027-05-31");
        v.put("shippingMethod", "SEA");
        return engine.getRuntimeService().startProcessInstanceByKey("orderFulfilment", order.orderId(), v);
    }

    static Date at(Instant instant) {
        return Date.from(instant);
    }
}
