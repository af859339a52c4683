package webcare.ui.review.swt;

import java.util.Optional;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Finds the session's controls by the test id each carries ({@link ReviewView#ID}), for tests and previews. */
final class SessionControls {

    private SessionControls() {}

    /** The control {@code id} of {@code type} anywhere below {@code root}. */
    static <T extends Control> T find(Composite root, String id, Class<T> type) {
        T found = search(root, id, type);
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " " + id);
        }
        return found;
    }

    private static <T extends Control> T search(Composite root, String id, Class<T> type) {
        for (Control child : root.getChildren()) {
            if (id.equals(child.getData(ReviewView.ID)) && type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = search(composite, id, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The question open over {@code owner}, if there is one. */
    static Optional<Shell> prompt(Shell owner) {
        for (Shell child : owner.getShells()) {
            if ("prompt".equals(child.getData(ReviewView.ID)) && !child.isDisposed()) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }
}
