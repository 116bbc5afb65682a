---- MODULE Liveness ----
\* Cycles through 0..2 forever, so it never reaches 5: a lasso-shaped counterexample.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
ReachesFive == <>(x = 5)
====
