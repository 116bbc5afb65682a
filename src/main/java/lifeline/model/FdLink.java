package lifeline.model;

/** An fd slot: process's fd table entry fd points at file. Several links to one file are dups or a fork. */
public record FdLink(String process, int fd, String file) {
}
