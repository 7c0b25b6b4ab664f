package io.meridian.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.meridian.inquiry.InquiryService;
import io.meridian.inquiry.NewInquiry;
import io.meridian.system.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two first inquiries from one email at the same moment on PostgreSQL, where a duplicate key
 * aborts the whole transaction unless the insert ran under a savepoint: one client, every start
 * answered, and the blanks the losers knew filled in the winner's record.
 */
class ClientRaceOnPostgresTest extends OnPostgres {

    @Autowired
    InquiryService inquiries;
    @Autowired
    ClientLedger clients;
    @Autowired
    JdbcClient jdbc;

    static NewInquiry inquiry(String email, String language) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("company", "Race Ltd", "contactName", "Ren", "email", email,
            "country", "JP", "product", "Valve", "quantity", 10));
        if (language != null) {
            v.put("language", language);
        }
        return NewInquiry.from(v, UnaryOperator.identity(), Instant.now());
    }

    @Test
    void shouldMakeOneClientWhenFirstInquiriesFromOneEmailArriveAtOnce() throws Exception {
        String email = "race@pg.example";
        int threads = 4;
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<InquiryService.Started>> started = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                // only one start knows the language: whoever wins the insert, the record ends up with it
                NewInquiry inquiry = inquiry(email.toUpperCase(java.util.Locale.ROOT), i == threads - 1 ? "ja" : null);
                started.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return inquiries.start(inquiry);
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            Set<String> clientIds = new HashSet<>();
            for (Future<InquiryService.Started> answer : started) {
                clientIds.add(answer.get(60, TimeUnit.SECONDS).clientId());
            }
            assertThat(clientIds).hasSize(1);
            assertThat(jdbc.sql("select count(*) from client where email = :email").param("email", email)
                .query(Long.class).single()).isEqualTo(1);
            assertThat(clients.byEmail(email).orElseThrow().language()).isEqualTo("ja");
        } finally {
            pool.shutdownNow();
        }
    }
}
