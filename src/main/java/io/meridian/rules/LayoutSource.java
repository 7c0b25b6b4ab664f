package io.meridian.rules;

/**
 * A build's {@link WorkbookLayout}: the one read while building, or, for a build loaded from
 * {@link StoredBuilds}, read from the workbook's bytes the first time something asks (a check of a
 * dependent table, an error placed on a cell), so that a start which only decides never opens the
 * workbook with POI. Reading it may throw what {@link WorkbookLayout#read(String, byte[])} throws;
 * a failed read is tried again by the next caller.
 */
final class LayoutSource {

    private final String table;
    private final byte[] workbook;
    private final boolean readByTheBuild;
    private volatile WorkbookLayout layout;

    private LayoutSource(String table, byte[] workbook, WorkbookLayout layout) {
        this.table = table;
        this.workbook = workbook;
        this.layout = layout;
        this.readByTheBuild = layout != null;
    }

    /** The layout a build read, and checked ({@link DecisionTableCompiler#contentProblems}) before building. */
    static LayoutSource of(WorkbookLayout layout) {
        return new LayoutSource(null, null, layout);
    }

    /** Read when first asked for, never checked by a build; {@code workbook} is not copied and must not change. */
    static LayoutSource whenAsked(String table, byte[] workbook) {
        return new LayoutSource(table, workbook, null);
    }

    /** Whether the build read this layout and checked its cells; false for a build loaded from {@link StoredBuilds}. */
    boolean checkedByTheBuild() {
        return readByTheBuild;
    }

    WorkbookLayout get() {
        WorkbookLayout read = layout;
        if (read == null) {
            synchronized (this) {
                read = layout;
                if (read == null) {
                    read = WorkbookLayout.read(table, workbook);
                    layout = read;
                }
            }
        }
        return read;
    }
}
