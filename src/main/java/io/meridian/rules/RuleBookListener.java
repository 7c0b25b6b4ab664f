package io.meridian.rules;

/**
 * Told what the rule book does, e.g. to count it: each decision a table makes, each version put in force, each
 * workbook refused. Called on the thread that did it; must be quick and must not throw.
 */
public interface RuleBookListener {

    /** A decision by {@code table}, the version in force, took {@code nanos}. */
    default void decided(CompiledTable table, long nanos) {
    }

    /**
     * A decision by {@code table}, a build being checked and not in force (a workbook's scenarios or what-if, a stored
     * version before it goes back in force), took {@code nanos}.
     */
    default void tried(CompiledTable table, long nanos) {
    }

    /** {@code table} is now the version in force. */
    default void activated(CompiledTable table) {
    }

    /** A workbook for {@code table} was refused with {@code problems} problems; the version in force stays. */
    default void refused(String table, int problems) {
    }
}
