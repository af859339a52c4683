package webcare.ui.api;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view contributed to the workbench window as a service with {@link ViewPlacement} properties.
 * Every method is called on the UI thread. One service may be shown once at a time.
 */
@ConsumerType
public interface WorkbenchView {

    /**
     * The tab title, in {@code locale} (Dutch or English). By default the key {@code title} of
     * the view's own texts ({@link #texts}).
     */
    default String title(Locale locale) {
        return texts(getClass(), locale).getString("title");
    }

    /**
     * Builds the view's controls inside {@code parent} (which has no layout yet). Must return
     * quickly: load data through {@link ViewSite#load}. The controls are disposed when the view
     * is closed, its service goes away, or the language changes; this is then called again with
     * a fresh parent.
     */
    void createContent(Composite parent, ViewSite site);

    /**
     * Starts one of this view's actions on behalf of another view, which asked for it with
     * {@link ViewSite#openView(String, String)}: the Welcome page's "Add a source…" asks the
     * Sources view for {@code add-source}. Called after {@link #createContent}, with the view in
     * front. An action the view does not know is ignored. The actions a view knows are named in
     * its class comment.
     */
    default void perform(String action) {
        // a view without actions of its own
    }

    /**
     * The keys this view answers to, in {@code locale}, in the order the F1 list shows them;
     * the workbench adds its own. Empty by default.
     */
    default List<Shortcut> shortcuts(Locale locale) {
        return List.of();
    }

    /**
     * The texts in {@code messages.properties} (English) or {@code messages_nl.properties} (Dutch)
     * in the package of {@code anchor}, for {@code locale}. Never falls back to the JVM's default
     * locale: the base file is English.
     */
    static ResourceBundle texts(Class<?> anchor, Locale locale) {
        return ResourceBundle.getBundle(anchor.getPackageName() + ".messages", locale, anchor.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
