package lifeline.ui.tla;

/** A highlighted stretch of TLA+ source, [start, end) in characters. */
public record TlaToken(Kind kind, int start, int end) {
    /** What a stretch is, and the style class that colours it. */
    public enum Kind {
        KEYWORD("tla-keyword"),
        OPERATOR("tla-operator"),
        CONSTANT("tla-constant"),
        DEFINITION("tla-definition"),
        STRING("tla-string"),
        NUMBER("tla-number"),
        COMMENT("tla-comment"),
        SEPARATOR("tla-separator");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    public TlaToken {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative range " + start + ".." + end);
        }
    }

    public String text(String source) {
        return source.substring(start, end);
    }
}
