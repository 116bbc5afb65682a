package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact text of a small file: a change here is a change of the file format. */
class ScenarioJsonGoldenTest {
    static final String GOLDEN = """
            {
              "format" : "lifeline-scenario",
              "version" : 2,
              "title" : "golden",
              "description" : "a \\"small\\" file",
              "properties" : [ "NoUseAfterFree", "NoDoubleFree", "NoRefcountUnderflow", "NoLeak" ],
              "processes" : [
                {
                  "id" : "P1",
                  "name" : "app",
                  "tgid" : 100,
                  "exits" : true,
                  "order" : "program",
                  "operations" : [
                    { "op" : "close", "fd" : 3 },
                    { "op" : "ioctl", "fd" : 3, "fput" : "extra" }
                  ],
                  "position" : { "x" : 10, "y" : 20.5 }
                }
              ],
              "files" : [
                {
                  "id" : "F1",
                  "kind" : "driver",
                  "name" : "locust",
                  "opener" : "P1",
                  "driver" : {
                    "name" : "locust",
                    "pollable" : true,
                    "waitQueueFreedIn" : "flush",
                    "privateDataFreedIn" : "none",
                    "reservedMemory" : "none",
                    "device" : null,
                    "openTakesDeviceRef" : false
                  },
                  "position" : { "x" : 0, "y" : 0 }
                }
              ],
              "devices" : [ ],
              "hooks" : [ ],
              "kworker" : null,
              "fds" : [
                { "process" : "P1", "fd" : 3, "file" : "F1" }
              ],
              "watches" : [ ]
            }
            """;

    static Scenario golden() {
        return new Scenario("golden", "a \"small\" file",
                List.of(new ProcessNode("P1", "app", 100, true, OperationOrder.PROGRAM,
                        List.of(new Operation.Close(3), new Operation.Ioctl(3, FputBalance.EXTRA)),
                        new Position(10, 20.5))),
                List.of(new DriverFile("F1", "locust", "P1", new Driver("locust", true, FreeSite.FLUSH, FreeSite.NONE,
                        ReservedMemory.NONE, null, false), null)),
                List.of(), List.of(), null, List.of(new FdLink("P1", 3, "F1")), List.of(), Property.defaults());
    }

    @Test
    void writesTheDocumentedText() {
        assertEquals(GOLDEN, ScenarioJson.toJson(golden()));
    }

    @Test
    void readsTheDocumentedText() throws Exception {
        assertEquals(golden(), ScenarioJson.fromJson(GOLDEN, "golden.lifeline.json"));
    }

    @Test
    void savesUtf8WithUnixLineEndsAndAFinalNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("golden.lifeline.json");
        ScenarioFiles.write(file, golden());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(GOLDEN, new String(bytes, StandardCharsets.UTF_8));
        assertEquals('\n', bytes[bytes.length - 1]);
    }
}
