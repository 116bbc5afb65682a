---- MODULE OutOfMemory ----
\* The initial state is a function of twenty million entries: too big for a small heap.
EXTENDS Naturals
VARIABLE x
Init == x = [i \in 1..20000000 |-> i]
Next == x' = x
====
