package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Object keys compare by kind and id, and print as docs/cli-json.md names the objects. */
class ObjectKeyTest {

    @Test
    void printsAsTheJsonExportNamesTheObjects() {
        assertEquals("process:p1", ObjectKind.PROCESS.key("p1").text());
        assertEquals("file:f1", ObjectKind.FILE.key("f1").text());
        assertEquals("device:d1", ObjectKind.DEVICE.key("d1").text());
        assertEquals("task:kworker", ObjectKind.TASK.key("kworker").text());
        assertEquals("epitems", ObjectKey.EPITEMS.text());
        assertEquals("binder-work", ObjectKey.BINDER_WORK.text());
    }

    @Test
    void theKindIsPartOfTheKey() {
        assertEquals(ObjectKind.FILE.key("f1"), new ObjectKey(ObjectKind.FILE, "f1"));
        assertNotEquals(ObjectKind.FILE.key("p1"), ObjectKind.PROCESS.key("p1"));
        assertNotEquals(ObjectKind.TASK.key("p1"), ObjectKind.PROCESS.key("p1"));
    }

    @Test
    void kernelWideObjectsHaveNoIdAndTheOthersNeedOne() {
        assertThrows(IllegalArgumentException.class, () -> ObjectKind.EPITEMS.key("e1"));
        assertThrows(IllegalArgumentException.class, () -> ObjectKind.FILE.key(""));
    }
}
