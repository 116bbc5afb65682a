package lifeline.ui.inspector;

import lifeline.edit.SetBinderMmapped;
import lifeline.edit.SetOpener;
import lifeline.model.BinderFile;
import lifeline.model.Scenario;

/** /dev/binder of one process: its owner and whether it was mmapped (seed 000). */
final class BinderEditor extends NodeEditor<BinderFile> {
    private final OpenerField owner;
    private final CheckField mmapped;
    private final FileHolders holders;

    BinderEditor(InspectorModel model, String id) {
        super(model, id, BinderFile.class);
        owner = new OpenerField("owner", "The process whose binder_proc this is",
                p -> edit(SetOpener.of(model.scenario(), id, p)));
        mmapped = new CheckField("mmapped", "mmapped",
                "After mmap, binder_proc holds the owner's files_struct (get_files_struct) and the mapping holds"
                        + " an f_count (vm_file): the last close of the files then runs in the binder kworker",
                v -> edit(new SetBinderMmapped(id, v)));
        main().field("Owner", "The process whose binder_proc this is", owner.view()).row(mmapped.view());
        holders = new FileHolders(model, id, section("References", "Who holds the binder file at start"));
    }

    @Override
    protected void showNode(Scenario s, BinderFile b) {
        owner.show(s, b.opener());
        mmapped.show(b.mmapped());
        holders.show(s);
    }
}
