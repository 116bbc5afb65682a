package lifeline.io;

import java.util.List;
import java.util.Locale;
import lifeline.model.FreeSite;

/** How enum values are spelled in the file: their Java names in lower case ({@code KREF_PUT} is "kref_put"). */
final class Names {
    /** A driver's wait queue always exists, so it is freed in flush or in release, never "none". */
    static final List<FreeSite> WAIT_QUEUE_SITES = List.of(FreeSite.FLUSH, FreeSite.RELEASE);

    private Names() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
