package webcare.ui.plan.swt;

/**
 * What the editor's tool bar buttons and keys do; both run the same commands, so a key and its
 * button never differ.
 */
record EditorCommands(Runnable save, Runnable undo, Runnable redo, Runnable reload, Runnable find,
        Runnable add, Runnable delete, Runnable moveUp, Runnable moveDown, Runnable importFile) {}
