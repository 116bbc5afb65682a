---- MODULE EvalError ----
\* The invariant applies Head to the empty sequence: TLC wraps that error in a general error.
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in {1, 2}
Next == x' = x
Broken == Head(<<>>) = x
====
