---- MODULE Deadlock ----
\* Counts to 2 and then has no next state.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
====
