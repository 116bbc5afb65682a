---- MODULE Passing ----
\* A four-state cycle: every state satisfies the invariant.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
InRange == x \in 0..3
====
