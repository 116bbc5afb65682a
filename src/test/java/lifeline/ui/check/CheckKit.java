package lifeline.ui.check;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import lifeline.check.Checker;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.ExportDialog;

/** Test helper: documents on examples, checkers whose model directories go into a test's folder, scripted dialogs. */
public final class CheckKit {
    private CheckKit() {}

    public static DocumentModel document(String example) {
        Scenario s = Examples.load(example).orElseThrow();
        DocumentModel doc = new DocumentModel(s);
        doc.reset(s, null, example);
        return doc;
    }

    public static DocumentModel document(Scenario s, String name) {
        DocumentModel doc = new DocumentModel(s);
        doc.reset(s, null, name);
        return doc;
    }

    /** The scene with the light theme, as the application styles its window. */
    public static javafx.scene.Scene themed(javafx.scene.Scene scene) {
        scene.getStylesheets().setAll(theme("base.css"), theme("light.css"));
        return scene;
    }

    private static String theme(String name) {
        return CheckKit.class.getResource("/lifeline/ui/theme/" + name).toExternalForm();
    }

    /** A checker on the test TLC jar whose model directories go under root. */
    public static CheckerSource checkers(Path root) {
        return CheckerSource.of(new Checker(TlcFixture.checker().runner(), root));
    }

    public static CheckServices services(Path root, UiExecutor executor, ExportDialog dialog) {
        return new CheckServices(checkers(root), executor, new CheckPreferencesStore(root.resolve("prefs.properties")),
                dialog);
    }

    /** An export dialog that answers with the files it was given, in order, then "cancelled". */
    public static final class ScriptedDialog implements ExportDialog {
        private final Deque<Path> answers = new ArrayDeque<>();
        private String lastSuggestion;

        public ScriptedDialog answer(Path p) {
            answers.add(p);
            return this;
        }

        @Override
        public Optional<Path> chooseTarget(String kind, String suggestedName, String extension) {
            lastSuggestion = suggestedName;
            return Optional.ofNullable(answers.poll());
        }

        public String lastSuggestion() {
            return lastSuggestion;
        }
    }
}
