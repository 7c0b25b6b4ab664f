package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import io.meridian.testsupport.RunsBeside;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2's count of the bytes it wrote to its file, as the start benchmark reads it around each window. */
@RunsBeside
class H2FileWritesTest {

    @Test
    void shouldCountWhatACommitWritesToTheFile(@TempDir Path folder) {
        JdbcTemplate jdbc = new JdbcTemplate(h2("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1"));
        jdbc.execute("create table thing (id int primary key, name varchar(100))");
        long before = H2FileWrites.written(jdbc);

        jdbc.update("insert into thing (id, name) values (1, 'a thing')");
        long afterOne = H2FileWrites.written(jdbc);
        for (int i = 2; i <= 100; i++) {
            jdbc.update("insert into thing (id, name) values (?, ?)", i, "thing " + i);
        }
        long afterHundred = H2FileWrites.written(jdbc);

        assertThat(afterOne).as("a commit is in the file before it returns (WRITE_DELAY=0)").isGreaterThan(before);
        assertThat(afterHundred - afterOne).as("99 more commits write more than one").isGreaterThan(afterOne - before);
        jdbc.execute("shutdown");
    }

    @Test
    void shouldRefuseADatabaseWithoutAFile() {
        JdbcTemplate jdbc = new JdbcTemplate(h2("jdbc:h2:mem:no-file-" + System.nanoTime()));

        assertThatThrownBy(() -> H2FileWrites.written(jdbc)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("not an H2 file database");
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
