package webcare.ui.plan.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanExporter;
import webcare.plan.api.PlanHealth;

/**
 * What the editor uses, each looked up when it is needed: a plan service may come and go while
 * the editor is open. Safe to call on any thread.
 */
public interface PlanServices {

    /** A registered document format. */
    record Format(String name, PlanExporter exporter) {}

    Optional<PlanBook> book();

    Optional<PlanHealth> health();

    Optional<PlanDiff> diff();

    Optional<PlanCodec> codec();

    /** The registered export formats, by name. */
    List<Format> formats();

    /** {@code $WEBCARE_HOME}, holding {@code data/}. */
    Path home();

    /**
     * Who saves: recorded in the audit log. The workbench's user setting (a person id, e-mail
     * name or full name), else the computer's login; see {@code ViewSite#user()}.
     */
    String user();
}
