package lifeline.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Epoll watches, checked the way the kernel checks a sequence of epoll_ctl(EPOLL_CTL_ADD) calls in
 * list order: a refused watch is not added, so it cannot make a later one look like a loop.
 */
final class WatchRules {
    private WatchRules() {}

    static void check(Scenario s, NodeIndex index, List<Problem> out) {
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (Watch w : s.watches()) {
            Optional<String> refusal = refusal(w, index, added);
            if (refusal.isPresent()) {
                out.add(new Problem(Where.watch(index, w), refusal.get()));
            } else {
                added.computeIfAbsent(w.epoll(), k -> new ArrayList<>()).add(w.target());
            }
        }
    }

    private static Optional<String> refusal(Watch w, NodeIndex index, Map<String, List<String>> added) {
        Optional<FileNode> epoll = index.file(w.epoll()).filter(EpollFile.class::isInstance);
        if (epoll.isEmpty()) {
            return Optional.of("EINVAL: epoll_ctl needs an epoll file, but " + index.missing(w.epoll(), "epoll"));
        }
        Optional<FileNode> target = index.file(w.target());
        if (target.isEmpty()) {
            return Optional.of("EBADF: epoll_ctl needs a file to watch, but " + index.missing(w.target(), "file"));
        }
        if (w.epoll().equals(w.target())) {
            return Optional.of("ELOOP: " + Where.node(epoll.get()) + " cannot watch itself");
        }
        if (!target.get().pollable()) {
            return Optional.of("EPERM: epoll_ctl(EPOLL_CTL_ADD) needs a file whose driver implements poll, and "
                    + Where.node(target.get()) + " has no poll: " + FdRules.noPoll(target.get()));
        }
        if (added.getOrDefault(w.epoll(), List.of()).contains(w.target())) {
            return Optional.of("EEXIST: " + Where.named(target.get()) + " is already watched by this epoll");
        }
        List<String> back = path(w.target(), w.epoll(), added);
        if (!back.isEmpty()) {
            StringBuilder cycle = new StringBuilder(Where.named(epoll.get()));
            back.forEach(id -> cycle.append(" -> ").append(Where.ref(index, id)));
            return Optional.of("ELOOP: epoll_ctl(EPOLL_CTL_ADD) would close a cycle of epolls: " + cycle);
        }
        return Optional.empty();
    }

    /** The ids from {@code from} to {@code to} along added watches (depth first, list order), or empty. */
    private static List<String> path(String from, String to, Map<String, List<String>> added) {
        List<String> trail = new ArrayList<>();
        return walk(from, to, added, trail, new HashSet<>()) ? trail : List.of();
    }

    private static boolean walk(String at, String to, Map<String, List<String>> added, List<String> trail,
                                Set<String> visited) {
        if (!visited.add(at)) {
            return false;
        }
        trail.add(at);
        if (at.equals(to)) {
            return true;
        }
        for (String next : added.getOrDefault(at, List.of())) {
            if (walk(next, to, added, trail, visited)) {
                return true;
            }
        }
        trail.remove(trail.size() - 1);
        return false;
    }
}
