package lifeline.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lifeline.model.DriverFile;
import lifeline.model.Scenario;
import lifeline.model.Unplug;

/**
 * What is still allocated at quiescence that no live holder can reach: the same definition as
 * Leaks in Lifeline.tla, evaluated on a trace's last state to name the leaked objects.
 */
public final class LeakFinder {
    private LeakFinder() {}

    public static List<ObjRef> leaks(KernelState s, Naming n) {
        List<ObjRef> leaks = new ArrayList<>();
        for (String p : s.processes()) {
            if ("dead".equals(s.processState(p)) && s.filesCount(p) > 0) {
                leaks.add(new ObjRef("files_struct", p));
            }
        }
        for (String f : s.files()) {
            String state = s.fileState(f);
            boolean freed = "freed".equals(state);
            if ("open".equals(state) && !reachable(s, f)) {
                leaks.add(new ObjRef("file", f));
            }
            if (freed && "alive".equals(s.waitQueue(f))) {
                leaks.add(new ObjRef("wait_queue", f));
            }
            if (freed && "alive".equals(s.privateData(f))) {
                leaks.add(new ObjRef("private_data", f));
            }
            if (freed && "alive".equals(s.reservedBlock(f))) {
                leaks.add(new ObjRef("reserved_block", f));
            }
            if (s.dentryRefs(f) > (freed ? 0 : 1)) {
                leaks.add(new ObjRef("dentry", f));
            }
            if (s.mntRefs(f) > (freed ? 0 : 1)) {
                leaks.add(new ObjRef("vfsmount", f));
            }
            if ("alive".equals(s.binderProc(f)) && freed) {
                leaks.add(new ObjRef("binder_proc", f));
            }
        }
        for (String d : s.devices()) {
            if (unplugged(n.scenario(), n.nodeId(d)) && !s.unplugPending(d) && "alive".equals(s.deviceState(d))
                    && noOpenFileOn(s, n, d)) {
                leaks.add(new ObjRef("device", d));
            }
        }
        return leaks;
    }

    private static boolean reachable(KernelState s, String f) {
        for (String p : s.processes()) {
            if ("dead".equals(s.processState(p))) {
                continue;
            }
            if (f.equals(s.mapping(p)) || s.fdTable(p).containsValue(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unplugged(Scenario sc, String deviceId) {
        return sc.device(deviceId).map(d -> d.unplug() != Unplug.NONE).orElse(false);
    }

    private static boolean noOpenFileOn(KernelState s, Naming n, String d) {
        String deviceId = n.nodeId(d);
        for (Map.Entry<String, String> e : n.ids().nodeToTla().entrySet()) {
            boolean onDevice = n.scenario().file(e.getKey())
                    .filter(f -> f instanceof DriverFile df && deviceId.equals(df.driver().device())).isPresent();
            if (onDevice && !"freed".equals(s.fileState(e.getValue()))) {
                return false;
            }
        }
        return true;
    }
}
