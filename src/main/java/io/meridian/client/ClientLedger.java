package io.meridian.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import io.meridian.etiquette.Tier;
import io.meridian.ids.Ids;
import io.meridian.system.LanguageTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client ledger; the normalised email (trimmed, lower case, unique in the table) identifies a
 * client. A record only changes on purpose: an inquiry or complaint for a known client fills its
 * blank fields and nothing else, a change of what it holds is an explicit update
 * ({@link #change}); every change is kept in {@code client_change}.
 */
@Repository
public class ClientLedger {

    /** What a new client gets when the inquiry or complaint does not say. */
    public static final Tier DEFAULT_TIER = Tier.B;
    public static final String DEFAULT_CHANNEL = Channel.EMAIL.name();

    /** How often a statement waits for a client row a concurrent start holds (each wait is one lock timeout). */
    private static final int MAX_LOCK_WAITS = 30;

    private static final Logger log = LoggerFactory.getLogger(ClientLedger.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final Desks desks;

    public ClientLedger(JdbcClient jdbc, PlatformTransactionManager transactions, Desks desks) {
        this.jdbc = jdbc;
        this.desks = desks;
        // the insert of a new client runs under a savepoint: losing the race to a concurrent first
        // inquiry rolls back only the insert (PostgreSQL would otherwise abort the whole transaction)
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The client an inquiry or complaint names, found by its email. A new client is created from
     * what is given (tier {@link #DEFAULT_TIER} and channel {@link #DEFAULT_CHANNEL} when not
     * said); a known client only gets its blank fields filled, never erased, overwritten or
     * downgraded. Two first inquiries at the same moment make one client: the one that loses the
     * insert reads the winner's row and fills its blanks. Where the team has desks, a new client (or
     * a known one without a desk) goes to the desk that covers it best ({@link Desks#route}).
     *
     * @param given  what the inquiry or complaint says; a null field says nothing. Its main category
     *               is required (the caller's fallback, e.g. the product asked for)
     * @param by     who sent it (the authenticated user, else {@code system})
     * @param source what sent it, e.g. {@code inquiry <id>}; kept with each filled blank
     */
    public Client record(Client given, String by, String source, Instant now) {
        // the language picks the email templates, which are named in canonical case (ja, pt-BR)
        given = ClientField.LANGUAGE.with(given, LanguageTags.canonical(given.language()));
        String email = normaliseEmail(given.email());
        Optional<Client> known = byEmail(email);
        if (known.isEmpty()) {
            Tier tier = given.tier() == null ? DEFAULT_TIER : given.tier();
            Client created = new Client(Ids.next(), given.company(), given.contactName(), email,
                given.country(), given.timeZone(), given.language(), tier,
                given.preferredChannel() == null ? DEFAULT_CHANNEL : given.preferredChannel(), given.mainCategory(),
                given.purchaseCycle(), now, now, given.givenName(), given.familyName(), given.salutation(), given.title(),
                desk(given.country(), tier, given.timeZone(), now));
            if (insert(created)) {
                return created;
            }
            log.debug("Client {} was created by a concurrent start; filling its blanks", email);
            known = byEmail(email);
            if (known.isEmpty()) {
                throw new IllegalStateException("client " + email + " is neither insertable nor readable");
            }
        }
        Client client = known.get();
        if (client.desk() == null && desks.configured()) {
            // recorded before the team had desks: the desk is a blank like any other
            given = given.withDesk(desk(client.country(), client.tier(), client.timeZone(), now));
        }
        return fillBlanks(client, given, by, source, now);
    }

    /** The desk that covers a client best, null without desks. */
    private String desk(String country, Tier tier, String timeZone, Instant now) {
        return desks.route(country, tier, timeZone == null ? null : ZoneId.of(timeZone), now).map(Desk::name).orElse(null);
    }

    private boolean insert(Client client) {
        try {
            underSavepoint(() -> jdbc.sql("""
                    insert into client (id, company, contact_name, email, country, time_zone, language, tier,
                                        preferred_channel, main_category, purchase_cycle, created_at, updated_at,
                                        given_name, family_name, salutation, title, desk)
                    values (:id, :company, :contactName, :email, :country, :timeZone, :language, :tier,
                            :preferredChannel, :mainCategory, :purchaseCycle, :createdAt, :updatedAt,
                            :givenName, :familyName, :salutation, :title, :desk)""")
                .params(params(client))
                .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * One statement under a savepoint, tried again while the row it needs is held by a concurrent
     * start: H2 gives up waiting after its lock timeout, where PostgreSQL waits for the other
     * transaction to end. The statement then sees the other's row (a duplicate key) or its lock is free.
     */
    private int underSavepoint(IntSupplier statement) {
        for (int attempt = 1; ; attempt++) {
            try {
                return savepoint.execute(status -> statement.getAsInt());
            } catch (TransientDataAccessException e) {
                if (attempt >= MAX_LOCK_WAITS) {
                    throw e;
                }
                log.debug("Client row held by a concurrent transaction (attempt {}): {}", attempt, e.getMessage());
            }
        }
    }

    /** Each blank field of {@code known} that {@code given} fills; conditional, so a concurrent fill never overwrites. */
    private Client fillBlanks(Client known, Client given, String by, String source, Instant now) {
        Client client = known;
        for (ClientField field : ClientField.values()) {
            String value = field.of(given);
            if (field == ClientField.EMAIL || value == null || field.of(known) != null) {
                continue;
            }
            int filled = underSavepoint(() -> jdbc.sql("update client set " + field.column() + " = :value, updated_at = :now"
                    + " where id = :id and (" + field.column() + " is null or " + field.column() + " = '')")
                .param("value", value).param("now", Timestamp.from(now)).param("id", known.id())
                .update());
            if (filled == 1) {
                client = field.with(client, value);
                keep(known.id(), field, null, value, by, source, now);
            }
        }
        if (client != known) {
            client = byId(known.id()).orElse(client);
        }
        return client;
    }

    /**
     * An explicit update: sets each field to its new value (null removes an optional one) and
     * keeps every real change. Call within a transaction that read {@code current} with
     * {@link #lockById}.
     *
     * @throws DuplicateKeyException when the new email belongs to another client
     */
    public Client change(Client current, Map<ClientField, String> values, String by, String source, Instant now) {
        Map<ClientField, String> changed = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (!Objects.equals(field.of(current), value)) {
                changed.put(field, value);
            }
        });
        if (changed.isEmpty()) {
            return current;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", current.id());
        params.put("now", Timestamp.from(now));
        changed.forEach((field, value) -> params.put(field.apiName(), value));
        String set = changed.keySet().stream().map(f -> f.column() + " = :" + f.apiName()).collect(Collectors.joining(", "));
        jdbc.sql("update client set " + set + ", updated_at = :now where id = :id").params(params).update();
        changed.forEach((field, value) -> keep(current.id(), field, field.of(current), value, by, source, now));
        return byId(current.id()).orElseThrow();
    }

    private void keep(String clientId, ClientField field, String oldValue, String newValue, String by, String source, Instant now) {
        jdbc.sql("""
                insert into client_change (client_id, field, old_value, new_value, changed_by, source, changed_at)
                values (:clientId, :field, :oldValue, :newValue, :by, :source, :at)""")
            .param("clientId", clientId).param("field", field.apiName()).param("oldValue", oldValue)
            .param("newValue", newValue).param("by", by == null ? "system" : by).param("source", source)
            .param("at", Timestamp.from(now))
            .update();
    }

    /** Every change of the client, oldest first. */
    public List<ClientChange> history(String clientId) {
        return jdbc.sql("select * from client_change where client_id = :id order by id").param("id", clientId)
            .query((rs, row) -> new ClientChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("changed_by"), rs.getString("source"), rs.getTimestamp("changed_at").toInstant()))
            .list();
    }

    public Optional<Client> byId(String id) {
        return jdbc.sql("select * from client where id = :id").param("id", id).query(ClientLedger::map).optional();
    }

    /**
     * The client of the record an email or a task is about: an inquiry, an order or a complaint (by id), or the client
     * itself (a survey's emails name the client); empty for null or an id that names none of them.
     */
    public Optional<Client> ofRecord(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select client_id from inquiry where id = :ref
                union all select client_id from customer_order where id = :ref
                union all select client_id from complaint where id = :ref
                union all select id from client where id = :ref""")
            .param("ref", reference).query(String.class).list().stream().findFirst().flatMap(this::byId);
    }

    /** The client row, locked until the transaction ends (one explicit update at a time). */
    public Optional<Client> lockById(String id) {
        return jdbc.sql("select * from client where id = :id for update").param("id", id).query(ClientLedger::map).optional();
    }

    public Optional<Client> byEmail(String email) {
        return jdbc.sql("select * from client where email = :email").param("email", normaliseEmail(email))
            .query(ClientLedger::map).optional();
    }

    private static Map<String, Object> params(Client c) {
        Map<String, Object> p = new HashMap<>();
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
        p.put("givenName", c.givenName());
        p.put("familyName", c.familyName());
        p.put("salutation", c.salutation());
        p.put("title", c.title());
        p.put("desk", c.desk());
        p.put("createdAt", Timestamp.from(c.createdAt()));
        p.put("updatedAt", Timestamp.from(c.updatedAt()));
        return p;
    }

    private static Client map(ResultSet rs, int row) throws SQLException {
        return new Client(rs.getString("id"), rs.getString("company"), rs.getString("contact_name"), rs.getString("email"),
            rs.getString("country"), rs.getString("time_zone"), rs.getString("language"), Tier.valueOf(rs.getString("tier")),
            rs.getString("preferred_channel"), rs.getString("main_category"), rs.getString("purchase_cycle"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getString("given_name"),
            rs.getString("family_name"), rs.getString("salutation"), rs.getString("title"), rs.getString("desk"));
    }
}
