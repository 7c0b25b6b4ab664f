package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import io.meridian.testsupport.DeletedAfterwards;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What H2 writes to its file per start, one client after the other so that no commit shares a chunk
 * with another: {@code POST /api/inquiries} against an engine-rest start of a one-task process, on one
 * server with the default run's {@code WRITE_DELAY=0}, under which every commit stores each page it
 * changed, whole, together with the path from that page to its tree's root. Each table and each index
 * is a tree of its own, so a start's commit costs about the trees it touches (Camunda's history tables
 * carry 6–13 indexes each) more than the rows it inserts. The profile of a start under load puts that
 * store at close to half of the server's CPU ({@code MVStore.commit}).
 * <p>
 * Measures the bytes written per start (H2's {@code info.FILE_WRITE_BYTES}) over blocks of 50 starts
 * of each kind, alternated; then, over 20 more starts of each kind, the pages each start's commit
 * wrote, by table (its rows and its indexes), read from the store's trees. The server's own H2
 * housekeeping is slowed down so that the last chunk is the start's. Writes
 * {@code target/file-writes-per-start.txt}. Not in the normal build:
 * {@code ./mvnw test -Dtest=FileWritesPerStartBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
@DeletedAfterwards("target/benchmark/file-writes") // its H2 database, gigabytes after a run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/file-writes/writes-${random.uuid};WRITE_DELAY=0${bench.h2-options:}",
    "meridian.h2.housekeeping-interval=1h",
    "logging.level.root=WARN"})
class FileWritesPerStartBenchmark {

    private static final int STARTS = Integer.getInteger("bench.starts", 300);
    /** {@code -Dbench.preload-seconds}: that long of the start benchmark's load first (8 clients, the kinds in turn), so that the trees are a busy server's. */
    private static final int PRELOAD_SECONDS = Integer.getInteger("bench.preload-seconds", 0);
    private static final int BLOCK = 50;
    /** Starts of each kind whose commit is read page by page. */
    private static final int COMMITS = 20;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DataSource dataSource;

    @Test
    void measureBytesWrittenPerStart() throws Exception {
        StartLoad load = new StartLoad(port, 1);
        StartLoad.deployBareProcess(repository);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Callable<String> inquiry = () -> load.send(load.inquiry(load.next()), 201);
        Callable<String> plain = () -> load.send(load.engineRest(load.next()), 200);
        String preloaded = "";
        if (PRELOAD_SECONDS > 0) {
            List<StartLoad.Pair> pairs = new StartLoad(port, StartThroughputBenchmark.CLIENTS)
                .alternate("preload", Math.max(1, PRELOAD_SECONDS / 20), Duration.ofSeconds(10));
            long journeys = runtime.createProcessInstanceQuery().processDefinitionKey("clientJourney").count();
            assertThat(journeys).as("journeys the preload started").isPositive();
            preloaded = String.format(Locale.ROOT, "preloaded with %d s of %d clients (%d journeys; %s)%n", pairs.size() * 20,
                StartThroughputBenchmark.CLIENTS, journeys, pairs);
        }
        // the tables first hold some hundred rows of each kind, as a server's do after its first minutes
        for (int i = 0; i < STARTS; i++) {
            inquiry.call();
            plain.call();
        }
        long[] inquiries = new long[2];
        long[] plains = new long[2];
        for (int block = 0; block < STARTS / BLOCK; block++) {
            measure(jdbc, inquiries, inquiry);
            measure(jdbc, plains, plain);
        }
        double perInquiry = inquiries[0] / (double) inquiries[1];
        double perPlain = plains[0] / (double) plains[1];
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
            "H2 file, WRITE_DELAY=0, one client; %d starts of each kind first, then %d of each measured in alternating blocks of %d%n"
                + "POST /api/inquiries: %.0f bytes written per start%nengine-rest start:   %.0f bytes written per start%n"
                + "ratio (inquiry / engine-rest): %.2f%n",
            STARTS, inquiries[1], BLOCK, perInquiry, perPlain, perInquiry / perPlain)).insert(0, preloaded);

        Trees trees = trees();
        Map<String, int[]> inquiryPages = new HashMap<>();
        Map<String, int[]> plainPages = new HashMap<>();
        for (int i = 0; i < COMMITS; i++) {
            inquiry.call();
            trees.addLastCommit(inquiryPages);
            plain.call();
            trees.addLastCommit(plainPages);
        }
        report.append(String.format(Locale.ROOT, "%nPages a start's commit wrote, by table, with their length as H2 records it (rounded up to "
            + "its next length class), mean of %d starts of each kind, alternated:%n", COMMITS))
            .append(String.format(Locale.ROOT, "%-24s %17s %17s%n", "table (rows and indexes)", "inquiry", "engine-rest"));
        Set<String> tables = new TreeSet<>(inquiryPages.keySet());
        tables.addAll(plainPages.keySet());
        int[] inquiryTotal = new int[2];
        int[] plainTotal = new int[2];
        for (String table : tables) {
            int[] a = inquiryPages.getOrDefault(table, new int[2]);
            int[] b = plainPages.getOrDefault(table, new int[2]);
            report.append(String.format(Locale.ROOT, "%-24s %6.1f %8.0f B  %6.1f %8.0f B%n", table, a[0] / (double) COMMITS,
                a[1] / (double) COMMITS, b[0] / (double) COMMITS, b[1] / (double) COMMITS));
            inquiryTotal[0] += a[0];
            inquiryTotal[1] += a[1];
            plainTotal[0] += b[0];
            plainTotal[1] += b[1];
        }
        report.append(String.format(Locale.ROOT, "%-24s %6.1f %8.0f B  %6.1f %8.0f B%n", "all", inquiryTotal[0] / (double) COMMITS,
            inquiryTotal[1] / (double) COMMITS, plainTotal[0] / (double) COMMITS, plainTotal[1] / (double) COMMITS));

        assertThat(perInquiry).as("bytes the inquiries' commits wrote").isPositive();
        assertThat(perPlain).as("bytes the engine-rest starts' commits wrote").isPositive();
        assertThat(inquiryPages).as("an inquiry's commit wrote its ledgers and the engine's tables")
            .containsKeys("INQUIRY", "CLIENT", "ACT_RU_EXECUTION", "ACT_RU_TASK");
        assertThat(plainPages).as("an engine-rest start's commit wrote the engine's tables, not the ledgers")
            .containsKeys("ACT_RU_EXECUTION", "ACT_RU_TASK").doesNotContainKeys("INQUIRY", "CLIENT");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("clientJourney").count()).as("journeys started")
            .isGreaterThanOrEqualTo(2L * STARTS);
        StartThroughputBenchmark.write("target/file-writes-per-start.txt", report.toString());
    }

    /** Adds the bytes written by {@link #BLOCK} starts, and their number, to {@code sums}. */
    private static void measure(JdbcTemplate jdbc, long[] sums, Callable<String> start) throws Exception {
        long before = H2FileWrites.written(jdbc);
        for (int i = 0; i < BLOCK; i++) {
            start.call();
        }
        sums[0] += H2FileWrites.written(jdbc) - before;
        sums[1] += BLOCK;
    }

    /** The store's trees by name, and the table each belongs to; read once, before the commits are read. */
    private record Trees(Map<String, MVMap<?, ?>> byName, Map<String, String> tableOf) {

        /**
         * Adds the pages of the chunk the last commit wrote to {@code byTable}: those of every tree whose
         * root lies in the store's newest chunk, and below each root the pages in that chunk. Pages and
         * bytes by table; H2's own trees in parentheses (the store's layout, which records every root
         * written, is not counted).
         */
        void addLastCommit(Map<String, int[]> byTable) {
            // chunk ids grow with every store: the newest chunk is the commit's
            int chunk = byName.values().stream().mapToInt(m -> DataUtils.getPageChunkId(m.getRootPage().getPos())).max().orElseThrow();
            byName.forEach((name, map) -> {
                if (DataUtils.getPageChunkId(map.getRootPage().getPos()) == chunk) {
                    count(map.getRootPage(), chunk, byTable.computeIfAbsent(tableOf.get(name), k -> new int[2]));
                }
            });
        }
    }

    private Trees trees() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Map<Integer, String> tableOfObject = tableOfObject(connection);
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            Map<String, MVMap<?, ?>> byName = new HashMap<>();
            Map<String, String> tableOf = new HashMap<>();
            for (int id = 1, names = store.getMapNames().size(); byName.size() < names && id < 100_000; id++) {
                MVMap<?, ?> map = store.getMap(id);
                if (map != null && map.getRootPage().getPos() != 0) {
                    String name = store.getMapName(id);
                    byName.put(name, map);
                    tableOf.put(name, tableOf(name, tableOfObject));
                }
            }
            return new Trees(byName, tableOf);
        }
    }

    /** Adds the pages of {@code page}'s tree written to {@code chunk}: a page is rewritten with every page below it that changed. */
    private static void count(Page<?, ?> page, int chunk, int[] sum) {
        sum[0]++;
        sum[1] += DataUtils.getPageMaxLength(page.getPos());
        if (page.isLeaf()) {
            return;
        }
        for (int i = 0; i < page.getRawChildPageCount(); i++) {
            long position = page.getChildPagePos(i);
            if (position != 0 && DataUtils.getPageChunkId(position) == chunk) {
                count(page.getChildPage(i), chunk, sum);
            }
        }
    }

    /** H2 names a table's tree {@code table.<id>} and an index's {@code index.<id>}. */
    private static String tableOf(String mapName, Map<Integer, String> tableOfObject) {
        int dot = mapName.indexOf('.');
        if (dot > 0 && (mapName.startsWith("table.") || mapName.startsWith("index."))) {
            return tableOfObject.getOrDefault(Integer.parseInt(mapName.substring(dot + 1)), mapName);
        }
        return "(" + mapName + ")";
    }

    /** The table each table or index object id belongs to, from H2's {@code DB_OBJECT_ID}. */
    private static Map<Integer, String> tableOfObject(Connection connection) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
        Map<Integer, String> tables = new HashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
            "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE'");
        for (Map<String, Object> row : rows) {
            tables.put(jdbc.queryForObject("select db_object_id('TABLE', ?, ?)", Integer.class, row.get("TABLE_SCHEMA"), row.get("TABLE_NAME")),
                (String) row.get("TABLE_NAME"));
        }
        for (Map<String, Object> row : jdbc.queryForList("select index_schema, index_name, table_name from information_schema.indexes")) {
            tables.put(jdbc.queryForObject("select db_object_id('INDEX', ?, ?)", Integer.class, row.get("INDEX_SCHEMA"), row.get("INDEX_NAME")),
                (String) row.get("TABLE_NAME"));
        }
        return tables;
    }
}
