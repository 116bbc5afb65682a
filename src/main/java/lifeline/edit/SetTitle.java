package lifeline.edit;

import lifeline.model.Scenario;

/** The scenario's title and description, which reports and the file carry. */
public record SetTitle(String title, String text) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        return s.withTitle(title, text);
    }

    @Override
    public String description() {
        return "Set title and description";
    }
}
