package lifeline.model;

/** epoll_ctl(ADD): an epitem of epoll on target's wait queue. Epoll takes no reference on target. */
public record Watch(String epoll, String target) {
}
