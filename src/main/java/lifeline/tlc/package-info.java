/**
 * Runs the TLC model checker on a TLA+ spec and its .cfg as a child process and reports what it
 * finds as typed events and a {@link lifeline.tlc.TlcResult}.
 *
 * <p>Entry points: {@link lifeline.tlc.TlaToolsLocator} finds tla2tools.jar,
 * {@link lifeline.tlc.TlcRunner} starts a {@link lifeline.tlc.TlcRun}, which streams
 * {@link lifeline.tlc.TlcEvent}s to a {@link lifeline.tlc.TlcListener} and can be cancelled or
 * awaited. {@link lifeline.tlc.ToolMessageParser} and {@link lifeline.tlc.TlcEventDecoder} turn
 * TLC's {@code -tool} output into messages and events on their own, for output captured elsewhere.
 *
 * <p>This package stands alone: it uses no other Lifeline package, and leaves the spec's
 * directory exactly as it found it.
 */
package lifeline.tlc;
