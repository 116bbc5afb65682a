---- MODULE Refs ----
\* A reference count that grows past its bound after three gets; the state holds a record,
\* a sequence, a set and a function whose domain is not 1..n.
EXTENDS Naturals, Sequences
VARIABLES n, obj, log, seen, held
Init == /\ n = 0
        /\ obj = [state |-> "idle", refs |-> 0]
        /\ log = <<>>
        /\ seen = {}
        /\ held = [t \in {5, 7} |-> FALSE]
Get == /\ n < 5
       /\ n' = n + 1
       /\ obj' = [obj EXCEPT !.refs = @ + 1, !.state = "held"]
       /\ log' = Append(log, "get")
       /\ seen' = seen \cup {n}
       /\ held' = [held EXCEPT ![5] = TRUE]
Next == Get
RefsBounded == obj.refs < 3
====
