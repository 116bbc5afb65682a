------------------------------ MODULE Lifeline ------------------------------
(***************************************************************************)
(* The lifetimes of Linux kernel objects around close(2) and exit(2), as  *)
(* the 2.6/3.x kernels of the seed documents have them:                   *)
(*                                                                         *)
(*   sys_close -> filp_close -> f_op->flush -> fput -> __fput              *)
(*     -> eventpoll_release -> f_op->release -> file_free, dput, mntput    *)
(*   do_exit -> exit_mm (binder mapping) -> exit_files -> put_files_struct *)
(*     -> close_files -> filp_close ...                                    *)
(*   binder_deferred_func (the "binder" kworker) -> put_files_struct ...   *)
(*                                                                         *)
(* A scenario (the CONSTANTS) is the state after all opens, dups, forks,  *)
(* mmaps and epoll_ctl calls.  Each process then runs its chosen         *)
(* operations, in program order (the order listed, like the syscalls of  *)
(* a reproducer) or each once in any order, and exits if it is marked    *)
(* to; the binder kworker runs queued deferred work; the hotplug task     *)
(* unplugs devices.  TLC explores every interleaving.                     *)
(*                                                                         *)
(* Every kernel function is a pure operator from a "world" (a record of   *)
(* all kernel state) to the next world.  Each task has a call stack of    *)
(* frames [fn, pc, o, fd]; one execution of the top frame is one numbered *)
(* step of the reference (kernel-model.md section 3).  With Fused = FALSE *)
(* every such step is one TLA+ step (the literal model).  With Fused =    *)
(* TRUE a task runs on until it reaches a preemption point (see Yield):   *)
(* the steps in between commute with every step another task could take  *)
(* there, so the verdicts are the same and the state space is smaller.   *)
(* It also runs first an operation that no other step can affect (see    *)
(* Eager), a partial-order reduction: the same quiescent states, and so   *)
(* the same verdicts, from far fewer interleavings.                       *)
(*                                                                         *)
(* The variable log lists what the last step executed (task, backtrace,  *)
(* object) so that a trace can show a kernel backtrace at every step,    *)
(* what each kernel step of a fused step changed (KernelStepDone), and   *)
(* what kmemleak would find once nothing is left to run (ScanLog).       *)
(* It is not part of the state's identity (see View).                     *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, TLC

CONSTANTS
    Procs,          \* processes (thread groups, one task each)
    Tgid,           \* [Procs -> Nat]
    KworkerTgid,    \* tgid of the single thread of the "binder" workqueue
    Files,          \* every struct file: driver files, epoll files, binder files
    Kind,           \* [Files -> {"driver", "epoll", "binder"}]
    Opener,         \* [Files -> Procs]: who opened it (binder: the binder_proc's owner)
    Pollable,       \* [Files -> BOOLEAN]: owns a wait queue epoll can hook into
    WqFreeIn,       \* [Files -> {"flush", "release"}]: where the driver kfrees its wait queue
    PrivFreeIn,     \* [Files -> {"none", "flush", "release"}]: where it kfrees private_data
    Reserved,       \* [Files -> {"none", "current", "record"}]: reserved-memory release policy
    DeviceOf,       \* [Files -> Devices \cup {NoDevice}]: the kref'd device it was opened on
    OpenTakesRef,   \* [Files -> BOOLEAN]: open did kref_get on that device
    Devices,        \* kref'd device objects
    Unplug,         \* [Devices -> {"none", "kref_put", "kfree"}]: what device_disconnect does
    Watches,        \* set of <<epoll file, watched file>>: the epitems
    Fds,            \* [Procs -> [fd number -> Files]]: the fd tables
    Mapping,        \* [Procs -> Files \cup {NoFile}]: the binder file this process mmapped
    Hook,           \* [Procs -> {"none", "pointer", "copy"}]: close hook and its path capture
    Ops,            \* [Procs -> Seq(Op) \cup SUBSET Op]: what each process runs: a sequence
                    \* in program order, a set (each element once) in any order
    Order,          \* [Procs -> {"program", "any"}]: how each process runs its Ops
    Exits,          \* processes that exit after their operations
    Record,         \* fault kinds to record: SUBSET {"uaf", "double_free", "underflow", "context"}
    Fused           \* BOOLEAN: run to the next preemption point (see the header)

NoFile   == "none"
NoProc   == "none"
NoDevice == "none"
Kworker  == "kworker"
Hotplug  == "hotplug"
Tasks    == Procs \cup {Kworker, Hotplug}

TgidOf(t) == IF t \in Procs THEN Tgid[t] ELSE IF t = Kworker THEN KworkerTgid ELSE 0

(* An operation: close(fd), a driver wake-up on fd's wait queue, ioctl(fd)  *)
(* whose fget is balanced, leaks, or is followed by an extra fput.          *)
Op == [kind : {"close", "wake", "ioctl"}, fd : Nat,
       mode : {"", "balanced", "leak", "extra"}]

(* What the generator may write for the constants: checked once, before   *)
(* TLC explores anything (a model breaking one is refused, not explored).  *)
ASSUME Procs \cap {Kworker, Hotplug, NoProc} = {} /\ NoFile \notin Files
ASSUME Tgid \in [Procs -> Nat] /\ KworkerTgid \in Nat
ASSUME Kind \in [Files -> {"driver", "epoll", "binder"}]
ASSUME Opener \in [Files -> Procs]
ASSUME Pollable \in [Files -> BOOLEAN] /\ OpenTakesRef \in [Files -> BOOLEAN]
ASSUME WqFreeIn \in [Files -> {"flush", "release"}]
ASSUME PrivFreeIn \in [Files -> {"none", "flush", "release"}]
ASSUME Reserved \in [Files -> {"none", "current", "record"}]
ASSUME NoDevice \notin Devices /\ DeviceOf \in [Files -> Devices \cup {NoDevice}]
ASSUME Unplug \in [Devices -> {"none", "kref_put", "kfree"}]
ASSUME Watches \subseteq {f \in Files : Kind[f] = "epoll"} \X Files
ASSUME /\ DOMAIN Fds = Procs
       /\ \A p \in Procs : DOMAIN Fds[p] \subseteq Nat /\ \A fd \in DOMAIN Fds[p] : Fds[p][fd] \in Files
ASSUME Mapping \in [Procs -> {f \in Files : Kind[f] = "binder"} \cup {NoFile}]
ASSUME Hook \in [Procs -> {"none", "pointer", "copy"}]
ASSUME Order \in [Procs -> {"program", "any"}]
ASSUME /\ DOMAIN Ops = Procs
       /\ \A p \in Procs : IF Order[p] = "program" THEN Ops[p] \in Seq(Op) ELSE Ops[p] \subseteq Op
ASSUME Exits \subseteq Procs
ASSUME Record \subseteq {"uaf", "double_free", "underflow", "context"}
ASSUME Fused \in BOOLEAN

VARIABLES
    ps,         \* [Procs -> {"running", "exiting", "dead"}]
    pending,    \* [Procs -> Seq(Op) \cup SUBSET Op]: operations not started yet, the rest
                \* of the program (its head next) or the set still to run, as in Ops
    fdt,        \* [Procs -> [fd -> Files \cup {NoFile}]]: current fd tables
    fcnt,       \* [Procs -> Int]: files_struct.count
    fc,         \* [Files -> Int]: f_count
    fst,        \* [Files -> {"open", "in __fput", "freed"}]
    fpath,      \* [Files -> BOOLEAN]: f_path.dentry/mnt still set
    dref,       \* [Files -> Int]: refcount of the file's dentry
    mref,       \* [Files -> Int]: refcount of the file's vfsmount
    wq,         \* [Files -> {"none", "alive", "freed"}]: the driver's wait queue
    priv,       \* [Files -> {"none", "alive", "freed"}]: private_data
    blk,        \* [Files -> {"none", "alive", "freed"}]: reserved block allocated at open
    epi,        \* live epitems, a subset of Watches
    kref,       \* [Devices -> Int]
    dev,        \* [Devices -> {"alive", "freed"}]
    unplugs,    \* devices not unplugged yet
    mapped,     \* [Procs -> Files \cup {NoFile}]: live binder mappings (vm_file)
    bproc,      \* [Files -> {"none", "alive", "freed"}]: binder_proc of a binder file
    bfiles,     \* [Files -> Procs \cup {NoProc}]: binder_proc->files
    dlist,      \* binder_deferred_list, head first (hlist_add_head: LIFO)
    dflags,     \* [Files -> SUBSET {"PUT_FILES", "FLUSH", "RELEASE"}]: proc->deferred_work
    stack,      \* [Tasks -> Seq(Frame)]: call stacks
    faults,     \* recorded faults
    log         \* what the last step executed (not part of the state's identity)

vars == <<ps, pending, fdt, fcnt, fc, fst, fpath, dref, mref, wq, priv, blk, epi,
          kref, dev, unplugs, mapped, bproc, bfiles, dlist, dflags, stack, faults, log>>

(* TLC tells states apart by everything but the log, and, where some      *)
(* processes are interchangeable (Alike, below), not by which of them is  *)
(* which: the view is then the orbit of the state under the permutations *)
(* of alike processes.                                                    *)
Plain == <<ps, pending, fdt, fcnt, fc, fst, fpath, dref, mref, wq, priv, blk, epi,
           kref, dev, unplugs, mapped, bproc, bfiles, dlist, dflags, stack, faults>>

(* Symmetry reduction is on; a test turns it off to compare. *)
Symmetric == TRUE

(* Two processes are alike when every constant says the same of both: the *)
(* same fd table over the same files, the same operations in the same     *)
(* order, both exit or neither, the same close hook and binder mapping,   *)
(* and neither opened a file.  Then a process's tgid is only ever         *)
(* compared with an opener's (reserved memory tagged with current->tgid,  *)
(* ReleaseInOpenerContext), which neither of them is, so swapping the     *)
(* two names everywhere in a state maps steps to steps, faults to faults  *)
(* and leaks to leaks: every property is the same in the swapped state.   *)
(* TLC explores one state of each orbit (its VIEW is the orbit), and the  *)
(* trace it prints is still made of real states.                          *)
Alike(p, q) ==
    /\ Order[p] = Order[q] /\ Ops[p] = Ops[q] /\ Fds[p] = Fds[q]
    /\ (p \in Exits) = (q \in Exits) /\ Hook[p] = Hook[q] /\ Mapping[p] = Mapping[q]
    /\ \A f \in Files : Opener[f] \notin {p, q}

AlikeClasses == {{q \in Procs : q = p \/ Alike(p, q)} : p \in Procs}

(* The bijections from the finite set A onto B. *)
RECURSIVE Bijections(_, _)
Bijections(A, B) ==
    IF A = {} THEN {[x \in {} |-> x]}
    ELSE LET a == CHOOSE x \in A : TRUE IN
         UNION {{[x \in A |-> IF x = a THEN b ELSE r[x]] : r \in Bijections(A \ {a}, B \ {b})} : b \in B}

(* The permutations of Procs that map each process to an alike one, as   *)
(* pairs <<s, s^-1>>; classes of more than five are cut to five (any     *)
(* subgroup of a symmetry group is one), so a state has at most 120.      *)
RECURSIVE PermsOf(_)
PermsOf(cs) ==
    IF cs = {} THEN {[p \in Procs |-> p]}
    ELSE LET c == CHOOSE x \in cs : TRUE
             g == IF Cardinality(c) <= 5 THEN c ELSE CHOOSE h \in SUBSET c : Cardinality(h) = 5
         IN {[p \in Procs |-> IF p \in g THEN s[p] ELSE r[p]] : s \in Bijections(g, g), r \in PermsOf(cs \ {c})}

AllSwaps == {<<s, [p \in Procs |-> CHOOSE q \in Procs : s[q] = p]>> :
               s \in PermsOf({c \in AlikeClasses : Cardinality(c) > 1})}
(* Only the fused model (the default) uses it: a literal step is cheap    *)
(* next to computing the orbit of the state it leads to, so the literal   *)
(* model, the reference, explores every state.                           *)
Swaps == IF Symmetric /\ Fused THEN AllSwaps ELSE {}

(* The name process x gets when i renames the processes. *)
Ren(i, x) == IF x \in Procs THEN i[x] ELSE x

(* The state with the processes renamed, all but its faults: process p    *)
(* holds what k[p] held, and a process named in a value is renamed by i,  *)
(* the inverse of k.                                                      *)
Renamed(k, i) ==
    LET K(t) == IF t \in Procs THEN k[t] ELSE t
    IN <<[p \in Procs |-> ps[k[p]]], [p \in Procs |-> pending[k[p]]], [p \in Procs |-> fdt[k[p]]],
         [p \in Procs |-> fcnt[k[p]]], fc, fst, fpath, dref, mref, wq, priv, blk, epi, kref, dev, unplugs,
         [p \in Procs |-> mapped[k[p]]], bproc, [f \in Files |-> Ren(i, bfiles[f])], dlist, dflags,
         [t \in Tasks |-> [n \in DOMAIN stack[K(t)] |-> [stack[K(t)][n] EXCEPT !.o = Ren(i, @)]]]>>

RenamedObj(i, o) == <<o[1], Ren(i, o[2])>>

View == IF Cardinality(Swaps) <= 1 THEN Plain
        ELSE {Renamed(x[1], x[2]) \o <<{[f EXCEPT !.task = Ren(x[2], @), !.obj = RenamedObj(x[2], @)] : f \in faults}>>
                : x \in Swaps}

(* The states alike to this one, each fault by its kind and object only: *)
(* what a test compares two models by.                                    *)
Orbit == {Renamed(x[1], x[2]) \o <<{<<f.kind, RenamedObj(x[2], f.obj)>> : f \in faults}>> : x \in AllSwaps}

-----------------------------------------------------------------------------
(* The world record and the machinery of frames.                           *)

World == [ps |-> ps, pending |-> pending, fdt |-> fdt, fcnt |-> fcnt, fc |-> fc,
          fst |-> fst, fpath |-> fpath, dref |-> dref, mref |-> mref, wq |-> wq,
          priv |-> priv, blk |-> blk, epi |-> epi, kref |-> kref, dev |-> dev,
          unplugs |-> unplugs, mapped |-> mapped, bproc |-> bproc, bfiles |-> bfiles,
          dlist |-> dlist, dflags |-> dflags, stack |-> stack, faults |-> faults,
          log |-> <<>>]

-----------------------------------------------------------------------------
(* What kmemleak would find (NoLeak): what is still allocated that no live *)
(* holder can reach, in a world w.                                         *)

(* A live process reaches a file through an fd or a mapping. *)
ReachableIn(w, f) ==
    \E p \in Procs : /\ w.ps[p] # "dead"
                     /\ \/ \E fd \in DOMAIN w.fdt[p] : w.fdt[p][fd] = f
                        \/ w.mapped[p] = f

LeaksIn(w) ==
    {<<"files_struct", p>> : p \in {q \in Procs : w.ps[q] = "dead" /\ w.fcnt[q] > 0}}
    \cup {<<"file", f>> : f \in {g \in Files : w.fst[g] = "open" /\ ~ReachableIn(w, g)}}
    \cup {<<"wait_queue", f>> : f \in {g \in Files : w.fst[g] = "freed" /\ w.wq[g] = "alive"}}
    \cup {<<"private_data", f>> : f \in {g \in Files : w.fst[g] = "freed" /\ w.priv[g] = "alive"}}
    \cup {<<"reserved_block", f>> : f \in {g \in Files : w.fst[g] = "freed" /\ w.blk[g] = "alive"}}
    \cup {<<"dentry", f>> : f \in {g \in Files : w.dref[g] > IF w.fst[g] = "freed" THEN 0 ELSE 1}}
    \cup {<<"vfsmount", f>> : f \in {g \in Files : w.mref[g] > IF w.fst[g] = "freed" THEN 0 ELSE 1}}
    \cup {<<"device", d>> : d \in {e \in Devices :
            /\ Unplug[e] # "none" /\ e \notin w.unplugs /\ w.dev[e] = "alive"
            /\ \A g \in Files : DeviceOf[g] = e => w.fst[g] = "freed"}}
    \cup {<<"binder_proc", f>> : f \in {g \in Files : w.bproc[g] = "alive" /\ w.fst[g] = "freed"}}

(* What keeps a leaked object x allocated: each reference to it that no    *)
(* step will drop any more, as <<field, the object the field lives in>>:  *)
(* a dead process's files_struct in a binder_proc's proc->files; an open  *)
(* file in a dead process's fd table or mapping (vm_file), else in an     *)
(* f_count no fput will drop (an fget without its fput); a wait queue or  *)
(* private_data in the private_data of its freed struct file; a reserved  *)
(* block in the driver's list under its opener's tgid; dentry and         *)
(* vfsmount references in the path_get of a close hook that reads the     *)
(* path through a pointer; a device in a kref no release will put; a      *)
(* binder_proc in the binder_procs list.                                  *)
HeldBy(w, x) ==
    LET o == x[2] IN
    CASE x[1] = "files_struct" ->
            {<<"proc->files", <<"binder_proc", g>>>> : g \in {g \in Files : w.bfiles[g] = o}}
      [] x[1] = "file" ->
            LET slots == {<<"fd", <<"files_struct", p>>>> :
                            p \in {q \in Procs : \E fd \in DOMAIN w.fdt[q] : w.fdt[q][fd] = o}}
                maps == {<<"vm_file", <<"mm", p>>>> : p \in {q \in Procs : w.mapped[q] = o}}
            IN IF slots \cup maps = {} THEN {<<"f_count", <<"file", o>>>>} ELSE slots \cup maps
      [] x[1] \in {"wait_queue", "private_data"} -> {<<"private_data", <<"file", o>>>>}
      [] x[1] = "reserved_block" -> {<<"tgid", <<"task", Opener[o]>>>>}
      [] x[1] \in {"dentry", "vfsmount"} ->
            {<<"path_get", <<"hook", p>>>> : p \in {q \in Procs : Hook[q] = "pointer"
                                                      /\ \E fd \in DOMAIN Fds[q] : Fds[q][fd] = o}}
      [] x[1] = "device" -> {<<"kref", <<"device", o>>>>}
      [] x[1] = "binder_proc" -> {<<"binder_procs", <<"binder_proc", o>>>>}
      [] OTHER -> {}

(* kmemleak_scan: a step after which no task is inside a kernel function,  *)
(* no binder work is queued and no unplug is left ends its log with the    *)
(* leak set of the world it leads to, and what holds each leak (HeldBy).   *)
(* At a quiescent state (Quiescent, below) that is exactly the set NoLeak  *)
(* checks, so a trace names what NoLeak saw without computing it again.    *)
(* The log is outside the View: this adds no state.                       *)
ScanLog(w) ==
    IF \E t \in Tasks : w.stack[t] # <<>> THEN w.log
    ELSE IF w.dlist # <<>> \/ w.unplugs # {} THEN w.log
    ELSE LET l == LeaksIn(w)
         IN IF l = {} THEN w.log
            ELSE Append(w.log, [leaks |-> l,
                                held |-> UNION {{<<x, h>> : h \in HeldBy(w, x)} : x \in l}])

Commit(w) ==
    /\ ps' = w.ps /\ pending' = w.pending /\ fdt' = w.fdt /\ fcnt' = w.fcnt
    /\ fc' = w.fc /\ fst' = w.fst /\ fpath' = w.fpath /\ dref' = w.dref
    /\ mref' = w.mref /\ wq' = w.wq /\ priv' = w.priv /\ blk' = w.blk
    /\ epi' = w.epi /\ kref' = w.kref /\ dev' = w.dev /\ unplugs' = w.unplugs
    /\ mapped' = w.mapped /\ bproc' = w.bproc /\ bfiles' = w.bfiles
    /\ dlist' = w.dlist /\ dflags' = w.dflags /\ stack' = w.stack
    /\ faults' = w.faults /\ log' = ScanLog(w)

(* A frame: kernel function, where it resumes, its object (file, process or *)
(* device id) and an fd number.                                            *)
Fr(fn, pc, o, fd) == [fn |-> fn, pc |-> pc, o |-> o, fd |-> fd]

Top(w, t) == w.stack[t][Len(w.stack[t])]
Fns(s) == [i \in 1..Len(s) |-> s[i].fn]
Backtrace(w, t, leaf) == Fns(w.stack[t]) \o leaf

(* Record what a step did, for the trace: who, through which calls, to what. *)
Emit(w, t, leaf, obj) ==
    [w EXCEPT !.log = Append(@, [task |-> t, bt |-> Backtrace(w, t, leaf), obj |-> obj])]

(* A fault is recorded only when a checked property looks at its kind. *)
Fault(w, t, kind, leaf, obj) ==
    LET w1 == Emit(w, t, leaf, obj) IN
    IF kind \in Record
    THEN [w1 EXCEPT !.faults = @ \cup
            {[kind |-> kind, obj |-> obj, task |-> t, bt |-> Backtrace(w, t, leaf)]}]
    ELSE w1

(* Continue the current function at pc. *)
Goto(w, t, pc) == [w EXCEPT !.stack[t][Len(w.stack[t])].pc = pc]

(* The current function calls frs (a chain of frames) and resumes at pc.    *)
Call(w, t, pc, frs) == [Goto(w, t, pc) EXCEPT !.stack[t] = @ \o frs]

(* Pop the current function and every caller that has nothing left to do.  *)
RECURSIVE Unwind(_)
Unwind(s) == IF s # <<>> /\ s[Len(s)].pc = "ret" THEN Unwind(SubSeq(s, 1, Len(s) - 1)) ELSE s

(* A process whose do_exit has returned is dead. *)
Ret(w, t) ==
    LET s == Unwind(SubSeq(w.stack[t], 1, Len(w.stack[t]) - 1)) IN
    IF t \in Procs /\ s = <<>> /\ w.ps[t] = "exiting"
    THEN [w EXCEPT !.stack[t] = s, !.ps[t] = "dead"]
    ELSE [w EXCEPT !.stack[t] = s]

(* kfree of a wait queue, private data, reserved block or binder_proc.      *)
(* field names the world's field, what the object's name in reports.       *)
Kfree(w, t, field, what, id, leaf) ==
    IF w[field][id] = "freed"
    THEN Fault(w, t, "double_free", leaf \o <<"kfree">>, <<what, id>>)
    ELSE [Emit(w, t, leaf \o <<"kfree">>, <<what, id>>) EXCEPT ![field][id] = "freed"]

-----------------------------------------------------------------------------
(* Wait queues and epoll (fs/eventpoll.c).                                 *)

(* remove_wait_queue(pwq->whead, &pwq->wait) on the watched file's queue.   *)
RemoveWaitQueue(w, t, target, leaf) ==
    IF w.wq[target] = "freed"
    THEN Fault(w, t, "uaf", leaf \o <<"remove_wait_queue">>, <<"wait_queue", target>>)
    ELSE Emit(w, t, leaf \o <<"remove_wait_queue">>, <<"wait_queue", target>>)

(* ep_remove of each epitem in items: unhook it from the target's queue.    *)
RECURSIVE EpRemove(_, _, _, _)
EpRemove(w, t, items, leaf) ==
    IF items = {} THEN w
    ELSE LET x == CHOOSE i \in items : TRUE
             w1 == RemoveWaitQueue(w, t, x[2], leaf)
         IN EpRemove([w1 EXCEPT !.epi = @ \ {x}], t, items \ {x}, leaf)

-----------------------------------------------------------------------------
(* kref (include/linux/kref.h) on device objects (seed 003).               *)

(* kref_put(&obj->refcnt, obj_release): obj_release kfrees at zero.  A put *)
(* on a freed object is a use-after-free, and at zero also an underflow    *)
(* ("refcount_t: underflow; use-after-free").                              *)
KrefPut(w, t, d, leaf) ==
    IF w.dev[d] = "freed"
    THEN LET w1 == Fault(w, t, "uaf", leaf \o <<"kref_put">>, <<"device", d>>) IN
         IF w.kref[d] <= 0
         THEN Fault(w1, t, "underflow", leaf \o <<"kref_put">>, <<"kref", d>>)
         ELSE w1
    ELSE LET w1 == [Emit(w, t, leaf \o <<"kref_put">>, <<"kref", d>>)
                      EXCEPT !.kref[d] = @ - 1]
         IN IF w1.kref[d] = 0
            THEN [Emit(w1, t, leaf \o <<"kref_put", "obj_release", "kfree">>, <<"device", d>>)
                    EXCEPT !.dev[d] = "freed"]
            ELSE w1

-----------------------------------------------------------------------------
(* Binder deferred work (drivers/android/binder.c).                        *)

(* Every binder entry point that can defer work touches the proc first:    *)
(* binder_vma_close writes "proc->vma = NULL;", binder_release reads       *)
(* "proc->debugfs_entry", binder_flush passes "filp->private_data" on.     *)
(* On a proc that binder_deferred_release already kfreed, that access is   *)
(* a use-after-free (kernel-model.md section 5); the kernel goes on        *)
(* writing into the freed proc, and so does the model.                     *)
TouchProc(w, t, b, leaf) ==
    IF w.bproc[b] = "freed"
    THEN Fault(w, t, "uaf", leaf, <<"binder_proc", b>>) ELSE w

(* binder_defer_work: proc->deferred_work |= flag; hlist_add_head if the   *)
(* proc is not on the list yet.                                            *)
BinderDeferWork(w, t, b, flag, leaf) ==
    LET w1 == [Emit(TouchProc(w, t, b, leaf), t, leaf \o <<"binder_defer_work">>, <<"binder_proc", b>>)
                 EXCEPT !.dflags[b] = @ \cup {flag}]
    IN IF \E i \in 1..Len(w.dlist) : w.dlist[i] = b THEN w1
    ELSE [w1 EXCEPT !.dlist = <<b>> \o @]

-----------------------------------------------------------------------------
(* The driver's file operations, in the context of the current task t.    *)

(* f_op->flush: runs on every close (filp_close).                          *)
Flush(w, t, f) ==
    CASE Kind[f] = "binder" ->
            BinderDeferWork(w, t, f, "FLUSH", <<"binder_flush">>)
      [] Kind[f] = "driver" ->
            LET w1 == IF Pollable[f] /\ WqFreeIn[f] = "flush"
                      THEN Kfree(w, t, "wq", "wait_queue", f, <<"flush">>) ELSE w
            IN IF PrivFreeIn[f] = "flush"
               THEN Kfree(w1, t, "priv", "private_data", f, <<"flush">>) ELSE w1
      [] OTHER -> w

(* The reserved-memory driver frees the blocks tagged with current->tgid   *)
(* (seed 000: wrong when current is the binder kworker), or the block      *)
(* recorded in the file (the fix).                                         *)
RECURSIVE FreeBlocks(_, _, _)
FreeBlocks(w, t, gs) ==
    IF gs = {} THEN w
    ELSE LET g == CHOOSE x \in gs : TRUE IN
         FreeBlocks(Kfree(w, t, "blk", "reserved_block", g, <<"release">>), t, gs \ {g})

ReleaseReserved(w, t, f) ==
    CASE Reserved[f] = "record" ->
            Kfree(w, t, "blk", "reserved_block", f, <<"release">>)
      [] Reserved[f] = "current" ->
            FreeBlocks(Emit(w, t, <<"release">>, <<"reserved_block", f>>), t,
                       {g \in Files : Reserved[g] = "current" /\ w.blk[g] = "alive"
                                      /\ Tgid[Opener[g]] = TgidOf(t)})
      [] OTHER -> w

(* f_op->release: runs once, from __fput, when the last reference is gone. *)
DriverRelease(w, t, f) ==
    LET w1 == IF TgidOf(t) # Tgid[Opener[f]]
              THEN Fault(w, t, "context", <<"release">>, <<"file", f>>) ELSE w
        w2 == IF Pollable[f] /\ WqFreeIn[f] = "release"
              THEN Kfree(w1, t, "wq", "wait_queue", f, <<"release">>) ELSE w1
        w3 == IF PrivFreeIn[f] = "release"
              THEN Kfree(w2, t, "priv", "private_data", f, <<"release">>) ELSE w2
        w4 == ReleaseReserved(w3, t, f)
        w5 == IF DeviceOf[f] # NoDevice THEN KrefPut(w4, t, DeviceOf[f], <<"release">>) ELSE w4
    IN IF Len(w5.log) = Len(w.log)             \* a release with nothing to free still runs
       THEN Emit(w5, t, <<"release">>, <<"file", f>>) ELSE w5

(* ep_eventpoll_release -> ep_free: unregister every watch of this epoll   *)
(* from its target's wait queue, then free the eventpoll (and its own      *)
(* poll wait queue, which nested epolls hook into).                        *)
EpFree(w, t, e) ==
    LET w1 == EpRemove(w, t, {x \in w.epi : x[1] = e},
                       <<"ep_eventpoll_release", "ep_free", "ep_unregister_pollwait">>)
    IN Kfree(w1, t, "wq", "wait_queue", e, <<"ep_eventpoll_release", "ep_free">>)

Release(w, t, f) ==
    CASE Kind[f] = "driver" -> DriverRelease(w, t, f)
      [] Kind[f] = "epoll"  -> EpFree(w, t, f)
      [] Kind[f] = "binder" -> BinderDeferWork(w, t, f, "RELEASE", <<"binder_release">>)

-----------------------------------------------------------------------------
(* The steps of close, fput and __fput (fs/open.c, fs/file_table.c).       *)

(* sys_close: under file_lock clear the fd slot and free the number; then  *)
(* return filp_close(filp, files).  An empty slot is -EBADF.               *)
SysClose(w, t, fr) ==
    LET f == w.fdt[t][fr.fd] IN
    IF f = NoFile
    THEN Ret(Emit(w, t, <<>>, <<"fd", fr.fd>>), t)
    ELSE Call([Emit(w, t, <<>>, <<"fd", fr.fd>>) EXCEPT !.fdt[t][fr.fd] = NoFile],
              t, "ret", <<Fr("filp_close", "", f, fr.fd)>>)

(* filp_close: "if (!file_count(filp)) { printk("VFS: Close: file count is *)
(* 0"); return 0; }", else f_op->flush(filp) and fput(filp).               *)
FilpClose(w, t, fr) ==
    LET f == fr.o IN
    IF w.fc[f] = 0
    THEN Ret(Fault(w, t, "underflow", <<>>, <<"f_count", f>>), t)
    ELSE Call(Flush(Emit(w, t, <<>>, <<"file", f>>), t, f),
              t, "ret", <<Fr("fput", "", f, 0)>>)

(* fput: "if (atomic_long_dec_and_test(&file->f_count)) __fput(file);"     *)
Fput(w, t, fr) ==
    LET f == fr.o
        w1 == [Emit(w, t, <<>>, <<"f_count", f>>) EXCEPT !.fc[f] = @ - 1]
    IN CASE w1.fc[f] < 0 ->
              Ret(Fault(w1, t, "underflow", <<>>, <<"f_count", f>>), t)
         [] w1.fc[f] = 0 ->
              Call([w1 EXCEPT !.fst[f] = "in __fput"], t, "ret",
                   <<Fr("__fput", "eventpoll_release", f, 0)>>)
         [] OTHER -> Ret(w1, t)

(* __fput, in three steps: eventpoll_release (the first call in the file  *)
(* cleanup chain), f_op->release, and the tail: "file->f_path.dentry =     *)
(* NULL; file->f_path.mnt = NULL; file_free(file); dput(dentry);           *)
(* mntput(mnt);".                                                           *)
FputFinal(w, t, fr) ==
    LET f == fr.o IN
    CASE fr.pc = "eventpoll_release" ->
            Goto(EpRemove(Emit(w, t, <<"eventpoll_release">>, <<"file", f>>), t,
                          {x \in w.epi : x[2] = f},
                          <<"eventpoll_release", "eventpoll_release_file", "ep_remove",
                            "ep_unregister_pollwait">>),
                 t, "release")
      [] fr.pc = "release" ->
            Goto(Release(w, t, f), t, "tail")
      [] fr.pc = "tail" ->
            LET w1 == [Emit(w, t, <<"file_free">>, <<"file", f>>)
                         EXCEPT !.fpath[f] = FALSE, !.fst[f] = "freed",
                                !.dref[f] = @ - 1, !.mref[f] = @ - 1]
                w2 == IF w1.dref[f] < 0
                      THEN Fault(w1, t, "underflow", <<"dput">>, <<"dentry", f>>) ELSE w1
                w3 == IF w2.mref[f] < 0
                      THEN Fault(w2, t, "underflow", <<"mntput">>, <<"vfsmount", f>>) ELSE w2
            IN Ret(w3, t)

-----------------------------------------------------------------------------
(* fget(fd): "file = fcheck_files(files, fd); if (file) { if               *)
(* (!atomic_long_inc_not_zero(&file->f_count)) ... return NULL; }": the    *)
(* file on fd, or NoFile when the slot is empty or the count is already 0  *)
(* (an extra fput ran __fput while the fd still points at the file): the   *)
(* caller returns EBADF.  Every operation that reaches a file through an   *)
(* fd (wake, ioctl, a close hook) goes through this rule; close itself     *)
(* reads the slot and lets filp_close see the count of 0.                  *)
Fget(w, t, fd) ==
    LET f == w.fdt[t][fd] IN IF f # NoFile /\ w.fc[f] # 0 THEN f ELSE NoFile

(* The close hook of seed 004: fget(fd) and path_get(pPath); the original  *)
(* close; path_put(pPath).  Through a pointer (&file->f_path) the put      *)
(* reads the file's f_path, which __fput may have set to NULL by then:     *)
(* nothing is dropped.  A copy of struct path drops what it took.  When    *)
(* fget fails (count 0) there is no path to take or put, and the original  *)
(* close runs as it would without the hook.                                *)
PathPut(w, t, f) ==
    IF Hook[t] = "pointer" /\ ~w.fpath[f]
    THEN Emit(w, t, <<"path_put">>, <<"dentry", f>>)   \* dput(NULL), mntput(NULL)
    ELSE LET w1 == [Emit(w, t, <<"path_put">>, <<"dentry", f>>)
                      EXCEPT !.dref[f] = @ - 1, !.mref[f] = @ - 1]
         IN IF w1.dref[f] < 0 \/ w1.mref[f] < 0
            THEN Fault(w1, t, "underflow", <<"path_put">>, <<"dentry", f>>) ELSE w1

HookedClose(w, t, fr) ==
    CASE fr.pc = "" ->
            LET f == Fget(w, t, fr.fd) IN
            IF w.fdt[t][fr.fd] = NoFile THEN Ret(Emit(w, t, <<>>, <<"fd", fr.fd>>), t)
            ELSE IF f = NoFile
            THEN Call(Emit(w, t, <<"fget">>, <<"fd", fr.fd>>), t, "ret",
                      <<Fr("sys_close", "", t, fr.fd)>>)
            ELSE LET w1 == [Emit(w, t, <<"path_get">>, <<"dentry", f>>)
                              EXCEPT !.dref[f] = @ + 1, !.mref[f] = @ + 1,
                                     !.stack[t][Len(w.stack[t])].o = f]
                 IN Call(w1, t, "path_put", <<Fr("sys_close", "", t, fr.fd)>>)
      [] fr.pc = "path_put" -> Ret(PathPut(w, t, fr.o), t)

-----------------------------------------------------------------------------
(* A driver event: the process pokes the driver through fd, which does     *)
(* fget (the count it takes is put again within the step), then wake_up    *)
(* on the file's wait queue.                                               *)
WakeUp(w, t, fr) ==
    LET f == Fget(w, t, fr.fd) IN
    CASE f = NoFile -> Ret(Emit(w, t, <<"fget">>, <<"fd", fr.fd>>), t)
      [] w.wq[f] = "freed" ->
            Ret(Fault(w, t, "uaf", <<"__wake_up">>, <<"wait_queue", f>>), t)
      [] OTHER -> Ret(Emit(w, t, <<"__wake_up">>, <<"wait_queue", f>>), t)

(* ioctl(fd): fget (fails on a count of 0), read private_data and the       *)
(* device object, then fput once (balanced), never (leak), or twice.       *)
Ioctl(w, t, fr) ==
    CASE fr.pc = "fput2" ->                    \* back in the ioctl: the extra fput
            Call(Emit(w, t, <<>>, <<"file", fr.o>>), t, "ret", <<Fr("fput", "", fr.o, 0)>>)
      [] OTHER ->
        LET f == Fget(w, t, fr.fd) IN
        IF f = NoFile
        THEN Ret(Emit(w, t, <<"fget">>, <<"fd", fr.fd>>), t)
        ELSE LET w1 == [Emit(w, t, <<"fget">>, <<"f_count", f>>)
                          EXCEPT !.fc[f] = @ + 1, !.stack[t][Len(w.stack[t])].o = f]
                 w2 == IF w1.priv[f] = "freed"
                       THEN Fault(w1, t, "uaf", <<"unlocked_ioctl">>, <<"private_data", f>>)
                       ELSE w1
                 d == DeviceOf[f]
                 w3 == IF d # NoDevice /\ w2.dev[d] = "freed"
                       THEN Fault(w2, t, "uaf", <<"unlocked_ioctl">>, <<"device", d>>)
                       ELSE w2
             IN CASE fr.pc = "balanced" -> Call(w3, t, "ret", <<Fr("fput", "", f, 0)>>)
                  [] fr.pc = "extra"    -> Call(w3, t, "fput2", <<Fr("fput", "", f, 0)>>)
                  [] OTHER              -> Ret(w3, t)

-----------------------------------------------------------------------------
(* exit: do_exit -> exit_mm -> exit_files (kernel/exit.c).                 *)

(* put_files_struct: "if (atomic_dec_and_test(&files->count))              *)
(* close_files(files);", called through the frames in chain.               *)
PutFilesStruct(w, t, p, chain) ==
    LET w1 == [Emit(w, t, chain, <<"files_struct", p>>) EXCEPT !.fcnt[p] = @ - 1] IN
    CASE w1.fcnt[p] < 0 -> Ret(Fault(w1, t, "underflow", chain, <<"files_struct", p>>), t)
      [] w1.fcnt[p] = 0 ->
            Call(w1, t, "ret", [i \in 1..Len(chain) |-> Fr(chain[i], "ret", p, 0)]
                               \o <<Fr("close_files", "", p, 0)>>)
      [] OTHER -> Ret(w1, t)

DoExit(w, t, fr) ==
    CASE fr.pc = "exit_mm" ->
            (* exit_mm -> mmput -> exit_mmap -> remove_vma: "if (vma->vm_ops  *)
            (* && vma->vm_ops->close) vma->vm_ops->close(vma); if             *)
            (* (vma->vm_file) fput(vma->vm_file);".  The binder vma's close,  *)
            (* binder_vma_close: "struct binder_proc *proc =                   *)
            (* vma->vm_private_data; ... proc->vma = NULL; proc->vma_vm_mm =  *)
            (* NULL; binder_defer_work(proc, BINDER_DEFERRED_PUT_FILES);".     *)
            (* The mapping's f_count normally keeps the proc alive until that *)
            (* fput; after an extra fput it may be gone already: the last     *)
            (* fput of the file queued RELEASE and the kworker kfreed the     *)
            (* proc, so the write is a use-after-free (TouchProc).            *)
            IF w.mapped[t] = NoFile
            THEN Goto(Emit(w, t, <<"exit_mm">>, <<>>), t, "exit_files")
            ELSE LET b == w.mapped[t]
                     w1 == BinderDeferWork(w, t, b, "PUT_FILES",
                                           <<"exit_mm", "remove_vma", "binder_vma_close">>)
                 IN Call([w1 EXCEPT !.mapped[t] = NoFile], t, "exit_files",
                         <<Fr("exit_mm", "ret", b, 0), Fr("remove_vma", "ret", b, 0),
                           Fr("fput", "", b, 0)>>)
      [] fr.pc = "exit_files" ->
            PutFilesStruct(Goto(w, t, "ret"), t, t, <<"exit_files", "put_files_struct">>)

(* close_files: "struct file * file = xchg(&fdt->fd[i], NULL); if (file)    *)
(* filp_close(file, files);" for each open fd, ascending.                  *)
CloseFiles(w, t, fr) ==
    LET p == fr.o
        open == {fd \in DOMAIN w.fdt[p] : w.fdt[p][fd] # NoFile}
    IN IF open = {} THEN Ret(Emit(w, t, <<>>, <<"files_struct", p>>), t)
       ELSE LET fd == CHOOSE n \in open : \A m \in open : n <= m
                f == w.fdt[p][fd]
            IN Call([Emit(w, t, <<>>, <<"fd", fd>>) EXCEPT !.fdt[p][fd] = NoFile],
                    t, "", <<Fr("filp_close", "", f, fd)>>)

-----------------------------------------------------------------------------
(* The binder kworker: binder_deferred_func takes the head proc and its    *)
(* flags under the locks; PUT_FILES takes proc->files and sets it NULL;    *)
(* RELEASE frees the proc; then, outside the locks, put_files_struct(files)*)
(* runs with the kworker as current.                                       *)
BinderDeferredFunc(w, t, fr) ==
    CASE fr.pc = "" ->
            LET b == Head(w.dlist)
                flags == w.dflags[b]
                files == IF "PUT_FILES" \in flags THEN w.bfiles[b] ELSE NoProc
                w1 == [Emit(TouchProc(w, t, b, <<>>), t, <<>>, <<"binder_proc", b>>)
                         EXCEPT !.dlist = Tail(@), !.dflags[b] = {},
                                !.bfiles[b] = IF "PUT_FILES" \in flags THEN NoProc ELSE @,
                                !.stack[t][Len(w.stack[t])].o = files]
                w2 == IF "RELEASE" \in flags
                      THEN Kfree(w1, t, "bproc", "binder_proc", b, <<"binder_deferred_release">>)
                      ELSE w1
            IN IF files = NoProc THEN Ret(w2, t) ELSE Goto(w2, t, "put_files")
      [] fr.pc = "put_files" ->
            PutFilesStruct(Goto(w, t, "ret"), t, fr.o, <<"put_files_struct">>)

(* Hotplug: device_disconnect does kref_put, or (the bug) kfree.           *)
DeviceDisconnect(w, t, fr) ==
    LET d == fr.o IN
    IF Unplug[d] = "kfree"
    THEN Ret(IF w.dev[d] = "freed"
             THEN Fault(w, t, "double_free", <<"kfree">>, <<"device", d>>)
             ELSE [Emit(w, t, <<"kfree">>, <<"device", d>>) EXCEPT !.dev[d] = "freed"], t)
    ELSE Ret(KrefPut(w, t, d, <<>>), t)

-----------------------------------------------------------------------------
(* One step of task t: execute its top frame.                              *)
Exec(w, t) ==
    LET fr == Top(w, t) IN
    CASE fr.fn = "sys_close"            -> SysClose(w, t, fr)
      [] fr.fn = "hooked_close"         -> HookedClose(w, t, fr)
      [] fr.fn = "filp_close"           -> FilpClose(w, t, fr)
      [] fr.fn = "fput"                 -> Fput(w, t, fr)
      [] fr.fn = "__fput"               -> FputFinal(w, t, fr)
      [] fr.fn = "wake_up"              -> WakeUp(w, t, fr)
      [] fr.fn = "sys_ioctl"            -> Ioctl(w, t, fr)
      [] fr.fn = "do_exit"              -> DoExit(w, t, fr)
      [] fr.fn = "close_files"          -> CloseFiles(w, t, fr)
      [] fr.fn = "binder_deferred_func" -> BinderDeferredFunc(w, t, fr)
      [] fr.fn = "device_disconnect"    -> DeviceDisconnect(w, t, fr)
      [] OTHER -> Assert(FALSE, <<"unknown frame", fr.fn, "of task", t>>)

(* The reductions of the fused model below (Commuting files in           *)
(* close_files, Eager operations) are on; a test turns them off to        *)
(* compare.  (An Unshared file would need no preemption in close_files    *)
(* either, but then a whole exit becomes one step of the trace.)          *)
Reduce == TRUE

(* A file that, in world w, only process p's fd table holds (it is being  *)
(* closed, or closed soon, on p's files_struct), no epitem links to either *)
(* way, and no other task is inside a call on (a pointer hook's path_put   *)
(* waits with the file as its object): no other task's step can read or   *)
(* write its state any more, and it stays so (fd tables and epitems only   *)
(* shrink).  Its close touches only that state and p's fd table, except:  *)
(* a binder's deferred work (the list order matters: not such a file),    *)
(* blocks freed by current->tgid (other files' blocks: not such a file),   *)
(* and its device's kref_put, which commutes with every other kref_put on *)
(* the device when every file on it took a reference and unplug does      *)
(* kref_put: no put then meets a freed device, and whichever put reaches  *)
(* 0 frees it, leaving the same state.                                     *)
DeviceRefsKept(d) ==
    Unplug[d] # "kfree" /\ \A g \in Files : DeviceOf[g] = d => OpenTakesRef[g]

Unshared(w, f, p) ==
    /\ Kind[f] \in {"driver", "epoll"}
    /\ Reserved[f] # "current"
    /\ DeviceOf[f] = NoDevice \/ DeviceRefsKept(DeviceOf[f])
    /\ \A q \in Procs \ {p} : \A fd \in DOMAIN w.fdt[q] : w.fdt[q][fd] # f
    /\ \A x \in w.epi : x[1] # f /\ x[2] # f
    /\ \A u \in Tasks : \A i \in DOMAIN w.stack[u] :
         w.stack[u][i].fn = "hooked_close" => w.stack[u][i].o # f

(* The operations in a program (a sequence) or a set of them, as a set.  *)
AsSet(p, ops) == IF Order[p] = "program" THEN {ops[i] : i \in DOMAIN ops} ELSE ops

OpSet(p) == AsSet(p, Ops[p])     \* every operation p may run

ExtraFput(f) ==
    \E p \in Procs : \E op \in OpSet(p) :
        op.kind = "ioctl" /\ op.mode = "extra" /\ op.fd \in DOMAIN Fds[p] /\ Fds[p][op.fd] = f

(* A driver file whose closes commute with every other task's step, so   *)
(* that none of them needs a preemption point before it.  While an fd     *)
(* holds the file no step brings f_count to 0 (no ioctl on it does an     *)
(* extra fput), so two closes commute except in who drops the last        *)
(* reference and runs __fput, which happens inside that close's run of    *)
(* steps either way.  Who runs it does not matter here: release frees by  *)
(* the file's own record, not current->tgid; the context lint is off; no  *)
(* pointer hook reads f_path after its close; the device's kref_put       *)
(* commutes (see DeviceRefsKept); eventpoll_release and an epoll's ep_free *)
(* each drop the epitems the other has not, and neither meets a freed     *)
(* queue since the driver frees its queue in release, after              *)
(* eventpoll_release.  Nor does the driver free anything in flush, which  *)
(* another holder's wake-up or ioctl could then meet.  The runs differ    *)
(* only in a fault's task and backtrace, which no property reads.         *)
Commuting(f) ==
    /\ Kind[f] = "driver"
    /\ ~ExtraFput(f)
    /\ PrivFreeIn[f] # "flush"
    /\ ~(Pollable[f] /\ WqFreeIn[f] = "flush")
    /\ Reserved[f] # "current"
    /\ "context" \notin Record
    /\ \A q \in Procs : Hook[q] = "pointer" => \A fd \in DOMAIN Fds[q] : Fds[q][fd] # f
    /\ DeviceOf[f] = NoDevice \/ DeviceRefsKept(DeviceOf[f])

(* Preemption points of the fused model: where another task's step can     *)
(* change the outcome (kernel-model.md section 7).  Everything a task does *)
(* between two of them touches state that no other task's step between    *)
(* them could touch differently.                                           *)
OpenFds(w, p) == {fd \in DOMAIN w.fdt[p] : w.fdt[p][fd] # NoFile}
Lowest(fds) == CHOOSE n \in fds : \A m \in fds : n <= m   \* close_files goes up

PreemptionPoint(w, t) ==
    LET fr == Top(w, t) IN
    \/ /\ fr.fn = "close_files"                         \* each file of close_files that
       /\ OpenFds(w, fr.o) # {}                        \* another task's step may depend on
       /\ LET f == w.fdt[fr.o][Lowest(OpenFds(w, fr.o))] IN
          ~Reduce \/ ~Commuting(f)
    \/ /\ fr.fn = "hooked_close" /\ fr.pc = "path_put"
       /\ Hook[t] = "pointer" /\ w.fpath[fr.o]          \* a pointer hook's path_put while the
                                                        \* file is open: another close may land
                                                        \* first (a copy only moves counters)
    \/ fr.fn = "do_exit" /\ fr.pc = "exit_files" /\ Mapping[t] # NoFile
                                                        \* the kworker may run here
    \/ /\ fr.fn = "fput" /\ fr.pc = ""                  \* an fput of filp_close (after flush)
       /\ Len(w.stack[t]) >= 2                         \* or of an ioctl, on a file that an
       /\ w.stack[t][Len(w.stack[t]) - 1].fn \in {"filp_close", "sys_ioctl"}
       /\ ExtraFput(fr.o)                              \* extra fput elsewhere can bring to 0
                                                        \* under its fds: then f_count no longer
                                                        \* counts the holders, and another
                                                        \* holder's filp_close, fget or fput in
                                                        \* between sees a count that decides
                                                        \* the outcome (it flushes again, or
                                                        \* the other one runs __fput, or a
                                                        \* later filp_close sees -1 and flushes
                                                        \* a freed binder_proc).  While no fput
                                                        \* is extra, f_count >= the fds that
                                                        \* hold the file: an ioctl's fput is
                                                        \* never the last one, and flush and
                                                        \* fput of a close commute with the
                                                        \* other holders' steps (section 7).

(* A task stops at an empty stack (what it starts next is a choice) and at *)
(* a preemption point.  (It could also run on while no other task can     *)
(* move, but then a whole exit becomes one step of the trace: the trace   *)
(* reads worse, and the scaling family gains nothing.)                    *)
Yield(w, t) ==
    \/ w.stack[t] = <<>>
    \/ PreemptionPoint(w, t)

(* Between two kernel steps of one fused step the log records which      *)
(* fields of the world the task has changed so far in this TLA+ step and  *)
(* their values ([done |-> field |-> value], compared with the state the  *)
(* step started from), so that a trace can show the state after each      *)
(* kernel step.  The log is outside the View: this adds no state.          *)
Fields == {"ps", "pending", "fdt", "fcnt", "fc", "fst", "fpath", "dref", "mref", "wq",
           "priv", "blk", "epi", "kref", "dev", "unplugs", "mapped", "bproc", "bfiles",
           "dlist", "dflags", "stack", "faults"}

Changed(w) == LET start == World IN [x \in {g \in Fields : w[g] # start[g]} |-> w[x]]

KernelStepDone(w) == [w EXCEPT !.log = Append(@, [done |-> Changed(w)])]

RECURSIVE RunToYield(_, _)
RunToYield(w, t) == IF Yield(w, t) THEN w ELSE RunToYield(Exec(KernelStepDone(w), t), t)

Continue(w, t) == IF Fused THEN RunToYield(w, t) ELSE w

-----------------------------------------------------------------------------
(* What an idle task can start.                                            *)

OpFrame(op) ==
    CASE op.kind = "close" -> Fr("sys_close", "", NoFile, op.fd)
      [] op.kind = "wake"  -> Fr("wake_up", "", NoFile, op.fd)
      [] op.kind = "ioctl" -> Fr("sys_ioctl", op.mode, NoFile, op.fd)

(* A hooked process's close goes through the hook. *)
CloseFrame(t, op) ==
    IF op.kind = "close" /\ Hook[t] # "none"
    THEN Fr("hooked_close", "", NoFile, op.fd) ELSE OpFrame(op)

(* A process starts an operation once its previous syscall has returned    *)
(* (its stack is empty).  In program order that is the next line of the   *)
(* reproducer, the head of what is left; in any order, any it has not run. *)
Startable(t) ==
    IF Order[t] = "program"
    THEN IF pending[t] = <<>> THEN {} ELSE {Head(pending[t])}
    ELSE pending[t]

StartOp(t, op) ==
    [World EXCEPT !.pending[t] = IF Order[t] = "program" THEN Tail(@) ELSE @ \ {op},
                  !.stack[t] = <<CloseFrame(t, op)>>]

CanExit(t) == t \in Exits /\ Startable(t) = {} /\ ps[t] = "running"

StartExit(t) ==
    [World EXCEPT !.ps[t] = "exiting", !.stack[t] = <<Fr("do_exit", "exit_mm", t, 0)>>]

StartWork == [World EXCEPT !.stack[Kworker] = <<Fr("binder_deferred_func", "", NoProc, 0)>>]

StartUnplug(d) ==
    [World EXCEPT !.unplugs = @ \ {d}, !.stack[Hotplug] = <<Fr("device_disconnect", "", d, 0)>>]

Run(w, t) == Commit(Continue(Exec(w, t), t))

Idle(t) ==
    /\ stack[t] = <<>>
    /\ t \in Procs => Startable(t) = {} /\ ~CanExit(t)
    /\ t = Kworker => dlist = <<>>
    /\ t = Hotplug => unplugs = {}

(* Nothing is left to run: a legal end, not a deadlock. *)
Quiescent == \A t \in Tasks : Idle(t)

-----------------------------------------------------------------------------
(* Operations whose outcome no other step can change (the fused model     *)
(* only).  A balanced ioctl or a wake-up by a process leaves nothing       *)
(* behind but its own pending entry (fget and fput cancel) unless it meets *)
(* a freed object.  Its object cannot be freed while the process holds the *)
(* fd: the file's release needs f_count 0, which no step reaches while the *)
(* fd holds a count and no ioctl on the file does an extra fput; the       *)
(* driver frees neither private data (ioctl) nor the wait queue (wake) in  *)
(* flush; the device keeps a kref while the file is open when every file  *)
(* on it took one and unplug does kref_put, not kfree.  Once the process   *)
(* closes the fd itself, the operation is EBADF: again nothing but the     *)
(* pending entry.  A close of a Commuting file commutes (see there), and   *)
(* the close of the only fd slot of an Unshared file touches what no      *)
(* other task can reach; the process's own operations on that fd do      *)
(* nothing after it (EBADF) and, the file being alive while the fd holds  *)
(* it (no extra fput), nothing that counts before it either, but for an   *)
(* ioctl that leaks a reference (so only balanced ioctls may be pending). *)
(* So such an operation commutes with every step of every task (its own   *)
(* other operations included; a pointer hook is excluded, its close may   *)
(* stop between path_get and path_put) and stays enabled: {it} is a       *)
(* persistent set (Godefroid 1996, def. 4.1), and exploring only it,       *)
(* whenever there is one, reaches every quiescent state of the full model *)
(* (ibid., thm. 4.3; the state graph is acyclic but for Quiescent's self- *)
(* loop).  Every state reaches quiescence and faults only grow, so a fault *)
(* is reachable iff some quiescent state holds it: every verdict stays the *)
(* same.                                                                   *)
(* In program order only the head of a program may start (Startable);    *)
(* no other task changes what is left of p's program, so the head stays  *)
(* enabled and the same argument holds for it.                           *)

DeviceKeepsRef(f) ==
    \/ DeviceOf[f] = NoDevice
    \/ DeviceRefsKept(DeviceOf[f]) /\ dev[DeviceOf[f]] # "freed"

(* The only fd slot that holds f is p's fd. *)
OnlySlot(p, fd, f) ==
    \A q \in Procs : \A n \in DOMAIN fdt[q] : fdt[q][n] = f => q = p /\ n = fd

FileOn(p, fd) == IF fd \in DOMAIN fdt[p] THEN fdt[p][fd] ELSE NoFile

Commutes(p, op) ==
    LET f == FileOn(p, op.fd) IN
    /\ Hook[p] # "pointer"
    /\ \/ op.kind = "ioctl" /\ op.mode = "balanced"
       \/ op.kind = "wake"
       \/ op.kind = "close"
    /\ f # NoFile /\ op.kind = "close" =>
         /\ \/ Commuting(f)
            \/ Unshared(World, f, p) /\ OnlySlot(p, op.fd, f)
         /\ ~ExtraFput(f)
         /\ \A o \in AsSet(p, pending[p]) : o.fd = op.fd /\ o.kind = "ioctl" => o.mode = "balanced"
    /\ f # NoFile /\ op.kind # "close" =>
         /\ ~ExtraFput(f)
         /\ op.kind = "ioctl" => PrivFreeIn[f] # "flush" /\ priv[f] # "freed" /\ DeviceKeepsRef(f)
         /\ op.kind = "wake" => ~(Pollable[f] /\ WqFreeIn[f] = "flush") /\ wq[f] # "freed"

Eager == {x \in UNION {{<<p, op>> : op \in Startable(p)} : p \in Procs} :
            stack[x[1]] = <<>> /\ Commutes(x[1], x[2])}

(* Run the first such operation; nothing else needs to move first. *)
RunEager == LET x == CHOOSE x \in Eager : TRUE IN Run(StartOp(x[1], x[2]), x[1])

-----------------------------------------------------------------------------
(* The actions: one per kernel function, named as in the kernel, so that  *)
(* TLC's coverage and a trace's header say which function a step ran in   *)
(* (its first frame: a fused step runs on to its next preemption point).  *)
(* An idle process enters its next syscall (or exit_group) through        *)
(* entry_SYSCALL_64, the kworker runs queued work through process_one_work *)
(* and the hotplug task starts an unplug in device_del; each runs the      *)
(* syscall's or the work's first function in the same step.  No ordinary  *)
(* step is taken while an Eager operation waits (fused model, see Eager).  *)

Ordinary == ~(Fused /\ Reduce /\ Eager # {})

(* Task t is inside kernel function fn: its top frame. *)
Inside(t, fn) == stack[t] # <<>> /\ stack[t][Len(stack[t])].fn = fn

sys_close(t) == Inside(t, "sys_close") /\ Ordinary /\ Run(World, t)
hooked_close(t) == Inside(t, "hooked_close") /\ Ordinary /\ Run(World, t)
filp_close(t) == Inside(t, "filp_close") /\ Ordinary /\ Run(World, t)
fput(t) == Inside(t, "fput") /\ Ordinary /\ Run(World, t)
__fput(t) == Inside(t, "__fput") /\ Ordinary /\ Run(World, t)
wake_up(t) == Inside(t, "wake_up") /\ Ordinary /\ Run(World, t)
sys_ioctl(t) == Inside(t, "sys_ioctl") /\ Ordinary /\ Run(World, t)
do_exit(t) == Inside(t, "do_exit") /\ Ordinary /\ Run(World, t)
close_files(t) == Inside(t, "close_files") /\ Ordinary /\ Run(World, t)
binder_deferred_func(t) == Inside(t, "binder_deferred_func") /\ Ordinary /\ Run(World, t)
device_disconnect(t) == Inside(t, "device_disconnect") /\ Ordinary /\ Run(World, t)

KernelFunctions == {"sys_close", "hooked_close", "filp_close", "fput", "__fput", "wake_up",
                    "sys_ioctl", "do_exit", "close_files", "binder_deferred_func",
                    "device_disconnect"}

(* A frame of no function above: Exec's OTHER arm stops TLC with its name. *)
unknown_frame(t) ==
    stack[t] # <<>> /\ Top(World, t).fn \notin KernelFunctions /\ Ordinary /\ Run(World, t)

entry_SYSCALL_64(t) ==
    /\ t \in Procs /\ stack[t] = <<>> /\ Ordinary
    /\ \/ \E op \in Startable(t) : Run(StartOp(t, op), t)
       \/ CanExit(t) /\ Run(StartExit(t), t)

process_one_work(t) == t = Kworker /\ stack[t] = <<>> /\ dlist # <<>> /\ Ordinary /\ Run(StartWork, t)

device_del(t) ==
    t = Hotplug /\ stack[t] = <<>> /\ Ordinary /\ \E d \in unplugs : Run(StartUnplug(d), t)

(* One step of task t: at most one of these is enabled for a given t. *)
Step(t) ==
    \/ entry_SYSCALL_64(t) \/ process_one_work(t) \/ device_del(t)
    \/ sys_close(t) \/ hooked_close(t) \/ filp_close(t) \/ fput(t) \/ __fput(t)
    \/ wake_up(t) \/ sys_ioctl(t) \/ do_exit(t) \/ close_files(t)
    \/ binder_deferred_func(t) \/ device_disconnect(t) \/ unknown_frame(t)

-----------------------------------------------------------------------------
(* The initial state: after all opens, dups, forks, mmaps and epoll_ctl.   *)

FdSlots == UNION {{<<p, fd>> : fd \in DOMAIN Fds[p]} : p \in Procs}

Init ==
    /\ ps = [p \in Procs |-> "running"]
    /\ pending = Ops
    /\ fdt = Fds
    /\ fcnt = [p \in Procs |-> IF Mapping[p] # NoFile THEN 2 ELSE 1]
    /\ fc = [f \in Files |-> Cardinality({s \in FdSlots : Fds[s[1]][s[2]] = f})
                             + Cardinality({p \in Procs : Mapping[p] = f})]
    /\ fst = [f \in Files |-> "open"]
    /\ fpath = [f \in Files |-> TRUE]
    /\ dref = [f \in Files |-> 1]
    /\ mref = [f \in Files |-> 1]
    /\ wq = [f \in Files |-> IF Pollable[f] THEN "alive" ELSE "none"]
    /\ priv = [f \in Files |-> IF PrivFreeIn[f] # "none" THEN "alive" ELSE "none"]
    /\ blk = [f \in Files |-> IF Reserved[f] # "none" THEN "alive" ELSE "none"]
    /\ epi = Watches
    /\ kref = [d \in Devices |->
                 1 + Cardinality({f \in Files : DeviceOf[f] = d /\ OpenTakesRef[f]})]
    /\ dev = [d \in Devices |-> "alive"]
    /\ unplugs = {d \in Devices : Unplug[d] # "none"}
    /\ mapped = Mapping
    /\ bproc = [f \in Files |-> IF Kind[f] = "binder" THEN "alive" ELSE "none"]
    /\ bfiles = [f \in Files |-> IF Kind[f] = "binder" /\ Mapping[Opener[f]] = f
                                 THEN Opener[f] ELSE NoProc]
    /\ dlist = <<>>
    /\ dflags = [f \in Files |-> {}]
    /\ stack = [t \in Tasks |-> <<>>]
    /\ faults = {}
    /\ log = ScanLog(World)

(* The fused model's Eager operation, when there is one: nothing else moves. *)
EagerStep == Fused /\ Reduce /\ Eager # {} /\ RunEager

(* Nothing left to run: the behaviour stutters (a legal end). *)
Done == Quiescent /\ UNCHANGED vars

Next ==
    \/ EagerStep
    \/ \E t \in Tasks : Step(t)
    \/ Done

Spec == Init /\ [][Next]_vars

(* Random runs (TLC's -simulate) take this as their ACTION_CONSTRAINT: a    *)
(* walk ends at the first state where nothing is left to run, instead of   *)
(* stuttering there (Done) to its full depth.  TLC checks the invariants   *)
(* of every successor before it picks one, so that state is still checked  *)
(* (NoLeak holds there or not).  Model checking leaves it out: TLC would    *)
(* neither check nor count a state the constraint cuts.                    *)
WalkGoesOn == ~Quiescent'

-----------------------------------------------------------------------------
(* The properties (kernel-model.md section 5).  What each one covers:      *)
(*                                                                         *)
(* NoUseAfterFree (fault "uaf"), a step touching a freed                   *)
(*   wait queue    remove_wait_queue (eventpoll_release's ep_remove, and   *)
(*                 ep_free's ep_unregister_pollwait), __wake_up (WakeUp)   *)
(*   private_data  unlocked_ioctl (Ioctl)                                  *)
(*   device        kref_put (release, device_disconnect), unlocked_ioctl   *)
(*   binder_proc   binder_vma_close in exit_mm, binder_flush,              *)
(*                 binder_release, binder_deferred_func (TouchProc)        *)
(*   Not struct file: a read after file_free is RCU-deferred in this era,  *)
(*   so a file reached at f_count 0 is fget's EBADF (Fget) or filp_close's *)
(*   "file count is 0" (an underflow).  A reserved block and a             *)
(*   files_struct are never read after their free here.                    *)
(* NoDoubleFree (fault "double_free"), a second kfree (Kfree) of a         *)
(*   wait queue (flush, release, ep_free's own), private_data (flush,      *)
(*   release), reserved block (release), binder_proc                       *)
(*   (binder_deferred_release), or of a device (device_disconnect's kfree) *)
(* NoRefcountUnderflow (fault "underflow"), a count below zero:            *)
(*   f_count (fput, remove_vma's fput; filp_close seeing 0), files_struct  *)
(*   count (put_files_struct), kref (kref_put at 0), dentry and vfsmount   *)
(*   (dput, mntput in __fput; path_put in a close hook)                    *)
(* NoLeak, at quiescence, each member of Leaks (LeaksIn): a dead process's *)
(*   files_struct, an open file no live process reaches, a wait queue,     *)
(*   private_data or reserved block of a freed file, dentry and vfsmount   *)
(*   references above what open files hold, an unplugged device with no    *)
(*   open file, a binder_proc of a freed binder file                       *)
(* ReleaseInOpenerContext (fault "context", a lint): a driver's release    *)
(*   in a task whose tgid is not the opener's                              *)

NoUseAfterFree == \A x \in faults : x.kind # "uaf"
NoDoubleFree == \A x \in faults : x.kind # "double_free"
NoRefcountUnderflow == \A x \in faults : x.kind # "underflow"
ReleaseInOpenerContext == \A x \in faults : x.kind # "context"

(* What is still allocated at quiescence that no live holder can reach.   *)
Leaks == LeaksIn(World)

NoLeak == Quiescent => Leaks = {}

=============================================================================
