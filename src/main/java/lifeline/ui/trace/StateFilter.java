package lifeline.ui.trace;

/** Which objects the state panel shows. */
public enum StateFilter {
    ALL("All objects"), CHANGED("Only what changed"), PINNED("Only pinned");

    private final String label;

    StateFilter(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
