package lifeline.model;

/** How an ioctl's fget is paired with fput. */
public enum FputBalance {
    BALANCED("balanced"),
    /** fget without fput: the file is never freed. */
    LEAK("leak"),
    /** an extra fput: f_count reaches 0 while an fd still points at the file. */
    EXTRA("extra");

    private final String label;

    FputBalance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
