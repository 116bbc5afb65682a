package lifeline.ui.check;

import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;

/** A finished check as export needs it: what was checked (under which name) and what came back. */
public record CompletedCheck(String target, CheckRequest request, CheckResult result) {
}
