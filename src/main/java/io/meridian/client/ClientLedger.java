package io.meridian.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.meridian.etiquette.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client ledger. A known email updates its client: the latest inquiry says best how to reach them. */
@Repository
public class ClientLedger {

    private final JdbcClient jdbc;

    public ClientLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client as given, created or brought up to date; a blank main category or purchase cycle keeps the known one. */
    public Client record(Client given, Instant now) {
        Optional<Client> known = byEmail(given.email());
        if (known.isEmpty()) {
            Client client = new Client(UUID.randomUUID().toString(), given.company(), given.contactName(), given.email(),
                given.country(), given.timeZone(), given.language(), given.tier(), given.preferredChannel(),
                given.mainCategory(), given.purchaseCycle(), now, now);
            jdbc.sql("""
                    insert into client (id, company, contact_name, email, country, time_zone, language, tier,
                                        preferred_channel, main_category, purchase_cycle, created_at, updated_at)
                    values (:id, :company, :contactName, :email, :country, :timeZone, :language, :tier,
                            :preferredChannel, :mainCategory, :purchaseCycle, :createdAt, :updatedAt)""")
                .params(params(client))
                .update();
            return client;
        }
        Client old = known.get();
        Client client = new Client(old.id(), given.company(), given.contactName(), old.email(), given.country(),
            given.timeZone(), given.language(), given.tier(), given.preferredChannel(),
            given.mainCategory() != null ? given.mainCategory() : old.mainCategory(),
            given.purchaseCycle() != null ? given.purchaseCycle() : old.purchaseCycle(), old.createdAt(), now);
        jdbc.sql("""
                update client set company = :company, contact_name = :contactName, country = :country,
                       time_zone = :timeZone, language = :language, tier = :tier, preferred_channel = :preferredChannel,
                       main_category = :mainCategory, purchase_cycle = :purchaseCycle, updated_at = :updatedAt
                where id = :id""")
            .params(params(client))
            .update();
        return client;
    }

    public Optional<Client> byId(String id) {
        return jdbc.sql("select * from client where id = :id").param("id", id).query(ClientLedger::map).optional();
    }

    public Optional<Client> byEmail(String email) {
        return jdbc.sql("select * from client where email = :email").param("email", email).query(ClientLedger::map).optional();
    }

    private static java.util.Map<String, Object> params(Client c) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", c.id());
        p.put("company", c.company());
        p.put("contactName", c.contactName());
        p.put("email", c.email());
        p.put("country", c.country());
        p.put("timeZone", c.timeZone());
        p.put("language", c.language());
        p.put("tier", c.tier().name());
        p.put("preferredChannel", c.preferredChannel());
        p.put("mainCategory", c.mainCategory());
        p.put("purchaseCycle", c.purchaseCycle());
        p.put("createdAt", Timestamp.from(c.createdAt()));
        p.put("updatedAt", Timestamp.from(c.updatedAt()));
        return p;
    }

    private static Client map(ResultSet rs, int row) throws SQLException {
        return new Client(rs.getString("id"), rs.getString("company"), rs.getString("contact_name"), rs.getString("email"),
            rs.getString("country"), rs.getString("time_zone"), rs.getString("language"), Tier.valueOf(rs.getString("tier")),
            rs.getString("preferred_channel"), rs.getString("main_category"), rs.getString("purchase_cycle"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
