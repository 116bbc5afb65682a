package lifeline.tlc;

/** State-space counts TLC reports; {@code depth} is -1 when TLC did not report it. */
public record TlcStatistics(long statesGenerated, long distinctStates, long statesLeftOnQueue, int depth) {

    public TlcStatistics withDepth(int newDepth) {
        return new TlcStatistics(statesGenerated, distinctStates, statesLeftOnQueue, newDepth);
    }
}
