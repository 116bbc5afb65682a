package lifeline.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines SANY (TLC's parser) prints between "Starting SANY" and "SANY finished". SANY reports
 * its errors there as plain text, not as coded messages, so when TLC later says parsing failed
 * (a coded message) the error and its position are read from these lines.
 */
final class SanyTranscript {

    private static final Pattern PARSING_FILE = Pattern.compile("^Parsing file .*?(\\w+)\\.tla$");
    private static final Pattern SEMANTIC_MODULE = Pattern.compile("^Semantic processing of module (\\w+)$");
    private static final Pattern LOCATION_LINE =
            Pattern.compile("^line \\d+, col \\d+ to line \\d+, col \\d+ of module \\w+$");
    private static final Pattern NOISE = Pattern.compile(
            "^(|Parsing file .*|Semantic processing of module .*|\\*\\*\\*Parse Error\\*\\*\\*|Semantic errors:|\\*\\*\\* Errors: \\d+)$");
    private static final String PARSE_ERROR_HEADER = "***Parse Error***";

    private final List<String> lines = new ArrayList<>();
    private boolean recording;
    /** The module SANY was working on when it printed each line; a parse error names no module. */
    private final List<String> moduleAtLine = new ArrayList<>();
    private String currentModule = "";

    void begin() {
        recording = true;
        lines.clear();
        moduleAtLine.clear();
    }

    void end() {
        recording = false;
    }

    void accept(String line) {
        if (!recording) {
            return;
        }
        Matcher file = PARSING_FILE.matcher(line);
        Matcher semantic = SEMANTIC_MODULE.matcher(line);
        if (file.matches()) {
            currentModule = file.group(1);
        } else if (semantic.matches()) {
            currentModule = semantic.group(1);
        }
        lines.add(line);
        moduleAtLine.add(currentModule);
    }

    /** The spec error SANY described, or TLC's own text when SANY printed nothing useful. */
    TlcEvent.SpecError specError(String tlcText) {
        String details = details();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (LOCATION_LINE.matcher(line).matches()) {
                return new TlcEvent.SpecError(paragraphAfter(i), TlaLocation.find(line), details);
            }
            if (!NOISE.matcher(line).matches()) {
                String prefix = i > 0 && lines.get(i - 1).trim().equals(PARSE_ERROR_HEADER) ? "Parse error: " : "";
                Optional<TlaLocation> at = TlaLocation.findAtLine(line, moduleAtLine.get(i));
                return new TlcEvent.SpecError(prefix + line, at.or(() -> TlaLocation.find(line)), details);
            }
        }
        return new TlcEvent.SpecError(tlcText, TlaLocation.find(tlcText), details.isEmpty() ? tlcText : details);
    }

    /** The non-blank lines following line {@code index}, up to the next blank line after them. */
    private String paragraphAfter(int index) {
        StringBuilder text = new StringBuilder();
        for (int i = index + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() && text.length() > 0) {
                break;
            }
            if (!line.isEmpty()) {
                text.append(text.length() > 0 ? " " : "").append(line);
            }
        }
        return text.toString();
    }

    /** Everything SANY said except its routine progress lines. */
    private String details() {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (!PARSING_FILE.matcher(line).matches() && !SEMANTIC_MODULE.matcher(line).matches()) {
                text.append(line).append('\n');
            }
        }
        return text.toString().strip();
    }
}
