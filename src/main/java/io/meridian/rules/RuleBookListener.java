package io.meridian.rules;

/**
 * Told what the rule book does, e.g. to count it: each decision a table makes, each version put in force, each
 * workbook refused. Called on the thread that did it; must be quick and must not throw.
 */
public interface RuleBookListener {

    /** A decision by {@code table} (the build in force, or a candidate under test) took {@code nanos}. */
    default void decided(CompiledTable table, long nanos) {
    }

    /** {@code table} is now the version in force. */
    default void activated(CompiledTable table) {
    }

    /** A workbook for {@code table} was refused with {@code problems} problems; the version in force stays. */
    default void refused(String table, int problems) {
    }
}
