package io.meridian.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule book holding every workbook of the shipped rules folder as version 1, without Spring or a database. */
public final class RuleBookFixture {

    private RuleBookFixture() {
    }

    public static RuleBook shippedTables() {
        RuleBook book = new RuleBook();
        DecisionTableCompiler compiler = new DecisionTableCompiler();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("rules"), "*" + RuleBook.SUFFIX)) {
            for (Path file : files) {
                book.activate(compiler.compile(RuleBook.tableName(file.getFileName().toString()), Files.readAllBytes(file), 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return book;
    }

    /** A rule book holding one workbook (a test copy of a shipped one) as version 1 of {@code table}. */
    public static RuleBook with(String table, byte[] workbook) {
        RuleBook book = new RuleBook();
        book.activate(new DecisionTableCompiler().compile(table, workbook, 1));
        return book;
    }
}
