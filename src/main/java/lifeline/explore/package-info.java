/**
 * Explore: the user's own runs through a scenario's state graph, one step at a time, the steps
 * computed by TLC's evaluator on the generated model ({@link lifeline.tlc.StateExplorer}), and
 * what follows from a run: continue it as a check, replay its choices on the fixed scenario.
 */
package lifeline.explore;
