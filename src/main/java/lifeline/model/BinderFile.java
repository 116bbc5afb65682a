package lifeline.model;

import java.util.Objects;

/**
 * The /dev/binder file of one process and its binder_proc. When mmapped, the proc holds the
 * opener's files_struct (get_files_struct) and the mapping holds one f_count (vm_file).
 */
public record BinderFile(String id, String name, String opener, boolean mmapped, Position position)
        implements FileNode {
    public BinderFile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        position = position == null ? Position.ORIGIN : position;
    }

    @Override
    public boolean pollable() {
        return false;
    }

    @Override
    public String kindLabel() {
        return "binder";
    }
}
