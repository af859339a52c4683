package webcare.ui.testing;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Finds a window's controls as a test looks for them, by kind and by what they show. UI thread only. */
public final class Controls {

    private Controls() {}

    /** Every control below {@code root}, root itself not included: each parent before its children, in their order. */
    public static Stream<Control> below(Composite root) {
        return Arrays.stream(root.getChildren()).flatMap(child -> child instanceof Composite composite
                ? Stream.concat(Stream.of(child), below(composite)) : Stream.of(child));
    }

    /**
     * The first control of {@code type} below {@code root} that is {@code matching}.
     *
     * @throws AssertionError when there is none
     */
    public static <T extends Control> T find(Composite root, Class<T> type, Predicate<? super T> matching) {
        return below(root).filter(type::isInstance).map(type::cast).filter(matching).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " like that in the view"));
    }

    /**
     * The first label below {@code root} whose text contains {@code containing}.
     *
     * @throws AssertionError when there is none
     */
    public static Label label(Composite root, String containing) {
        return find(root, Label.class, label -> label.getText().contains(containing));
    }
}
