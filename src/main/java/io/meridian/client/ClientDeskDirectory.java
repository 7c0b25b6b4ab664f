package io.meridian.client;

import java.util.Optional;

import io.meridian.desk.ClientDesks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The desk a client record names, read when a task of the client is created (one indexed row). */
@Component
class ClientDeskDirectory implements ClientDesks {

    private final JdbcClient jdbc;

    ClientDeskDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> deskOf(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select desk from client where id = :id").param("id", clientId)
            .query((rs, row) -> Optional.ofNullable(rs.getString("desk"))).optional().flatMap(d -> d);
    }
}
