package webcare.ui.plan.swt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import webcare.ui.plan.model.PlanOutline.Node;

/**
 * The tree widget showing a {@link PlanOutline}. When only labels changed (typing a name) the
 * lines are relabelled in place, so the tree does not flicker or lose its scroll position; when
 * lines came or went it is rebuilt, keeping what was expanded. Each line carries its key as data
 * and as {@value FormBuilder#ID}.
 */
final class OutlineTree {

    private static final String PERSON = "person:";
    private static final String ROLE = "role:";

    private final Tree tree;
    private final Looks looks;
    private final Map<String, TreeItem> items = new HashMap<>();

    OutlineTree(Composite parent, Looks looks) {
        this.looks = looks;
        tree = new Tree(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setData(FormBuilder.ID, "plan.tree");
        tree.addListener(SWT.DefaultSelection, event -> {
            if (event.item instanceof TreeItem item && item.getItemCount() > 0) {
                item.setExpanded(!item.getExpanded());
            }
        });
    }

    Tree widget() {
        return tree;
    }

    /** Forgets the lines, so the next {@link #show} starts as on opening: every section expanded. */
    void clear() {
        tree.removeAll();
        items.clear();
    }

    /**
     * Shows {@code nodes}, selecting {@code selected} if it is among them.
     *
     * @param searching whether a search filters the lines: then everything found is expanded
     */
    void show(List<Node> nodes, String selected, boolean searching) {
        if (sameShape(tree.getItems(), nodes)) {
            relabel(tree.getItems(), nodes);
        } else {
            rebuild(nodes, selected, searching);
        }
    }

    boolean shows(String key) {
        TreeItem item = items.get(key);
        return item != null && !item.isDisposed();
    }

    /** Selects the line of {@code key}, expanding what is above it and scrolling it into view. */
    void select(String key) {
        TreeItem item = items.get(key);
        if (item != null && !item.isDisposed()) {
            for (TreeItem up = item.getParentItem(); up != null; up = up.getParentItem()) {
                up.setExpanded(true);
            }
            tree.setSelection(item);
            tree.showItem(item);
        }
    }

    /** The key of the line selected; empty when none is. */
    Optional<String> selected() {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 ? Optional.of((String) selection[0].getData()) : Optional.empty();
    }

    /** The first line a search found (an element rather than a section); empty when there is none. */
    Optional<String> firstFound() {
        if (tree.getItemCount() == 0) {
            return Optional.empty();
        }
        TreeItem top = tree.getItem(0);
        return Optional.of((String) (top.getItemCount() == 0 ? top : top.getItem(0)).getData());
    }

    /** The line to select once {@code key} is gone: the next one, else the one before, else its parent. */
    Optional<String> neighbour(String key) {
        TreeItem item = items.get(key);
        if (item == null || item.isDisposed()) {
            return Optional.empty();
        }
        TreeItem parentItem = item.getParentItem();
        TreeItem[] siblings = parentItem == null ? tree.getItems() : parentItem.getItems();
        int index = List.of(siblings).indexOf(item);
        if (index + 1 < siblings.length) {
            // statements are named by position: the next one takes this one's name
            return Optional.of(key.startsWith("statement:") ? key : (String) siblings[index + 1].getData());
        }
        if (index > 0) {
            return Optional.of((String) siblings[index - 1].getData());
        }
        return parentItem == null ? Optional.empty() : Optional.of((String) parentItem.getData());
    }

    /**
     * Lets people be dragged from the tree onto roles in it.
     *
     * @param dropped gets the person's id and the role's id
     */
    void dragPeopleOntoRoles(BiConsumer<String, String> dropped) {
        Transfer[] types = {TextTransfer.getInstance()};
        DragSource source = new DragSource(tree, DND.DROP_COPY | DND.DROP_LINK);
        source.setTransfer(types);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected().filter(key -> key.startsWith(PERSON)).isPresent();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = selected().orElse("");
            }
        });
        DropTarget target = new DropTarget(tree, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                if (event.detail == DND.DROP_DEFAULT) {
                    event.detail = DND.DROP_COPY;
                }
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                boolean role = onRole(event);
                event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND | (role ? DND.FEEDBACK_SELECT : 0);
                event.detail = role ? DND.DROP_COPY : DND.DROP_NONE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (onRole(event) && event.data instanceof String person && person.startsWith(PERSON)) {
                    String role = String.valueOf(((TreeItem) event.item).getData());
                    dropped.accept(person.substring(PERSON.length()), role.substring(ROLE.length()));
                }
            }
        });
    }

    private static boolean onRole(DropTargetEvent event) {
        return event.item instanceof TreeItem item && String.valueOf(item.getData()).startsWith(ROLE);
    }

    private static boolean sameShape(TreeItem[] shown, List<Node> nodes) {
        if (shown.length != nodes.size()) {
            return false;
        }
        for (int i = 0; i < shown.length; i++) {
            if (!nodes.get(i).key().equals(shown[i].getData())
                    || !sameShape(shown[i].getItems(), nodes.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    private static void relabel(TreeItem[] shown, List<Node> nodes) {
        for (int i = 0; i < shown.length; i++) {
            if (!shown[i].getText().equals(nodes.get(i).label())) {
                shown[i].setText(nodes.get(i).label());
            }
            relabel(shown[i].getItems(), nodes.get(i).children());
        }
    }

    private void rebuild(List<Node> nodes, String selected, boolean searching) {
        boolean first = items.isEmpty();
        Set<String> expanded = new HashSet<>();
        items.forEach((key, item) -> {
            if (!item.isDisposed() && item.getExpanded()) {
                expanded.add(key);
            }
        });
        tree.setRedraw(false);
        try {
            tree.removeAll();
            items.clear();
            List<TreeItem> opening = new ArrayList<>();
            for (Node node : nodes) {
                TreeItem item = new TreeItem(tree, SWT.NONE);
                item.setFont(looks.bold); // the organisation and the sections: the plan's chapters
                boolean open = first && node.section() != null;
                fill(item, node, open, expanded, searching, opening);
            }
            // top down, once every line exists: GTK opens no line below a closed one
            opening.forEach(item -> item.setExpanded(true));
            TreeItem chosen = items.get(selected);
            if (chosen != null) {
                tree.setSelection(chosen);
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    /** Makes the lines below {@code item}, noting in {@code opening} (parents first) which to open. */
    private void fill(TreeItem item, Node node, boolean open, Set<String> expanded, boolean searching,
            List<TreeItem> opening) {
        item.setText(node.label());
        item.setData(node.key());
        item.setData(FormBuilder.ID, node.key());
        items.put(node.key(), item);
        if (!node.children().isEmpty() && (open || expanded.contains(node.key()) || searching && node.found())) {
            opening.add(item);
        }
        for (Node child : node.children()) {
            fill(new TreeItem(item, SWT.NONE), child, false, expanded, searching, opening);
        }
    }
}
