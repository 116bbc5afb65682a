---- MODULE Counting ----
\* A hundred million million states: TLC never finishes this in a test.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 10000000 /\ x' = x + 1 /\ y' = y
        \/ y < 10000000 /\ y' = y + 1 /\ x' = x
====
