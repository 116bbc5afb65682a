package lifeline.model;

/**
 * The refcounts a scenario starts with (kernel-model §6): f_count = fd slots holding the file +
 * mappings of it; files_struct.count = 1 + a binder mapping's reference; kref = 1 (probe) +
 * the opens that took a reference. Lifeline.tla's Init computes the same.
 */
public final class InitialCounts {
    private InitialCounts() {}

    public static int fCount(Scenario s, String fileId) {
        int slots = (int) s.fds().stream().filter(l -> fileId.equals(l.file())).count();
        return slots + (mappedBy(s, fileId) ? 1 : 0);
    }

    public static int filesCount(Scenario s, String processId) {
        boolean maps = s.files().stream().anyMatch(f -> f instanceof BinderFile b && b.mmapped()
                && processId.equals(b.opener()));
        return maps ? 2 : 1;
    }

    public static int kref(Scenario s, String deviceId) {
        int refs = (int) s.files().stream().filter(f -> f instanceof DriverFile d
                && deviceId.equals(d.driver().device()) && d.driver().openTakesDeviceRef()).count();
        return 1 + refs;
    }

    private static boolean mappedBy(Scenario s, String fileId) {
        return s.file(fileId).filter(f -> f instanceof BinderFile b && b.mmapped()).isPresent();
    }
}
