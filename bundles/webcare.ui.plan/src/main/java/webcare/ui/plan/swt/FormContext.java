package webcare.ui.plan.swt;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.PlanOutline;

/** What a form may do to the editor it sits in. UI thread only. */
interface FormContext {

    Plan plan();

    ResourceBundle texts();

    Locale locale();

    Looks looks();

    /** Names and labels of the plan as it is now. */
    PlanOutline outline();

    /** Typing: makes {@code next} the plan, one undo step per field; the form stays as it is. */
    void edit(Plan next, String coalesceKey);

    /** A choice (a combo, a check box, a button): makes {@code next} the plan and builds the form anew. */
    void change(Plan next);

    /**
     * After the next {@link #change}, select this key instead of the current one: a contact-tree
     * branch is named after its caller, so choosing another caller renames it.
     */
    void selectAfterChange(String key);

    /** The field being typed in lost focus: the next edit is a new undo step. */
    void seal();

    /** Selects the tree line with this key and shows its form. */
    void select(String key);

    /** Adds an element of {@code kind} next to or under {@code near} (null: at the end). */
    void add(ItemRef.Kind kind, ItemRef near);

    /** State kept while the same element's form is rebuilt (the selected deputy, …). */
    Map<String, Object> memory();
}
