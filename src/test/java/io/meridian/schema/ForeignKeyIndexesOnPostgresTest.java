package io.meridian.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.meridian.system.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every foreign key of Meridian's own tables has an index that begins with its columns on PostgreSQL, which, unlike H2,
 * makes none by itself: the ledgers are read by them (a client's orders for every journey task's briefing, an order's
 * milestones and payments), and without one each such read goes through the whole table. Camunda's tables ({@code ACT_*})
 * are the engine's and keep their own indexes. Two keys go without one on purpose, each with its reason below; a new
 * foreign key without an index fails here until it gets one or a reason.
 */
class ForeignKeyIndexesOnPostgresTest extends OnPostgres {

    /** Each foreign key's table and columns with no index whose leading columns are exactly these. */
    private static final String UNINDEXED = """
        select c.conrelid::regclass::text || ' (' || string_agg(a.attname, ', ' order by k.n) || ')'
        from pg_constraint c
        cross join lateral unnest(c.conkey) with ordinality as k(attnum, n)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace and c.conrelid::regclass::text not ilike 'act\\_%'
          and not exists (
            select 1 from pg_index i
            where i.indrelid = c.conrelid
              and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] operator(pg_catalog.@>) c.conkey
              and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] operator(pg_catalog.<@) c.conkey)
        group by c.oid, c.conrelid
        order by 1
        """;

    /** Foreign keys left without an index on purpose. */
    private static final List<String> ON_PURPOSE = List.of(
        // read by client only when a client moves to another desk (its inquiries awaiting a reply get a new due time);
        // an index would add to every inquiry's commit, the start path issue 16 keeps lean
        "inquiry (client_id)",
        // written once per delivered order and never read by order
        "satisfaction_survey (order_id)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldIndexEveryForeignKeyOfTheLedgers() {
        List<String> unindexed = jdbc.sql(UNINDEXED).query(String.class).list();
        assertThat(unindexed).as("foreign keys of Meridian's tables without an index on PostgreSQL").containsExactlyElementsOf(ON_PURPOSE);
    }
}
