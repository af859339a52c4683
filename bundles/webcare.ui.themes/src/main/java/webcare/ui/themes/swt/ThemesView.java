package webcare.ui.themes.swt;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.store.api.ComplaintRepository;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.themes.api.Theme;
import webcare.themes.api.ThemeFinder;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.themes.model.Period;
import webcare.ui.themes.model.ThemesWork;
import webcare.ui.themes.model.ThemesWork.ThemesResult;

/**
 * What complaints are about and what grew: for the chosen period and source, the themes of the
 * negative messages and low-star reviews against the period before, as a table, a chart of the
 * top ten, and example complaints of the chosen theme. It only wires the bar, the table, the
 * chart and the examples together. F5 reads again. No actions for other views.
 */
@Component
@ViewPlacement(id = "themes", order = 17)
public final class ThemesView implements WorkbenchView {

    private static final int[] SIDES = {45, 55};
    private static final int[] CHART_OVER_EXAMPLES = {55, 45};

    private final ThemesWork work;

    @Activate
    public ThemesView(@Reference Store store, @Reference ComplaintRepository complaints,
            @Reference ThemeFinder finder) {
        this(new ThemesWork(store, complaints, finder, Clock.systemUTC()));
    }

    ThemesView(ThemesWork work) {
        this.work = work;
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        Words words = new Words(locale);
        return List.of(new Shortcut("F5", words.get("key.refresh")),
                new Shortcut(mnemonic(words.get("period.label")), words.get("key.period")),
                new Shortcut(mnemonic(words.get("source.label")), words.get("key.source")),
                new Shortcut("\u2191 \u2193", words.get("key.terms")));
    }

    /** "Alt+P" for "&Periode:". */
    private static String mnemonic(String label) {
        int at = label.indexOf('&');
        return at < 0 || at + 1 >= label.length() ? "" : "Alt+" + Character.toUpperCase(label.charAt(at + 1));
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        Words words = new Words(site.locale());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        parent.setLayout(layout);

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(words.get("period.label"));
        Combo period = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Period each : Period.values()) {
            period.add(words.period(each));
        }
        period.select(Period.WEEK.ordinal());
        new Label(bar, SWT.NONE).setText(words.get("source.label"));
        Combo source = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        source.add(words.get("source.all"));
        source.select(0);
        List<String> sources = new ArrayList<>();
        sources.add(null);
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(words.get("refresh"));

        Label summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label problem = new Label(parent, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ThemeTable table = new ThemeTable(sides, words);
        SashForm right = new SashForm(sides, SWT.VERTICAL);
        GrowthChart chart = new GrowthChart(right, words);
        ExamplesPane examples = new ExamplesPane(right, words);
        right.setWeights(CHART_OVER_EXAMPLES);
        sides.setWeights(SIDES);

        Consumer<Theme> choose = theme -> {
            chart.choose(theme.term());
            examples.show(theme);
        };
        table.onChoose(choose);
        int[] asked = {0};
        Runnable read = () -> {
            int ask = ++asked[0];
            Period chosenPeriod = Period.values()[Math.max(0, period.getSelectionIndex())];
            String chosenSource = sources.get(Math.max(0, source.getSelectionIndex()));
            String kept = table.chosen().orElse(null);
            load(site, words, problem, () -> work.themes(chosenPeriod, chosenSource), result -> {
                if (ask != asked[0]) {
                    return; // the user asked again meanwhile; that answer is coming
                }
                summary.setText(summary(words, result));
                String empty = result.report().itemsNow() == 0 ? words.get("empty.none")
                        : words.format("empty.steady", words.count(result.report().itemsNow()));
                chart.show(result.report().themes(), empty);
                table.show(result.report().themes(), kept).ifPresentOrElse(choose, examples::clear);
                parent.layout(true, true);
            });
        };
        period.addListener(SWT.Selection, event -> read.run());
        source.addListener(SWT.Selection, event -> read.run());
        refresh.addListener(SWT.Selection, event -> read.run());
        for (Control control : List.of(period, source, refresh, table.control(), examples.text())) {
            control.addListener(SWT.KeyDown, event -> {
                if (event.keyCode == SWT.F5) {
                    event.doit = false;
                    read.run();
                }
            });
        }
        showProblem(problem, null);
        load(site, words, problem, work::sources, stored -> {
            for (String each : stored) {
                sources.add(each);
                source.add(words.source(each));
            }
            bar.layout(true);
        });
        read.run();
        table.control().setFocus();
    }

    private static String summary(Words words, ThemesResult result) {
        var formats = words.formats();
        String text = words.format("summary", words.count(result.report().itemsNow()),
                formats.dateTime(result.window().from()), formats.dateTime(result.window().to()),
                words.count(result.report().itemsBefore()));
        return result.capped() ? text + " " + words.format("capped", words.count(ThemesWork.MOST_PER_PERIOD)) : text;
    }

    /** The result of reading the store: the value, or the store's message. */
    private sealed interface Outcome<T> permits Done, Failed {}

    private record Done<T>(T value) implements Outcome<T> {}

    private record Failed<T>(String message) implements Outcome<T> {}

    /** Runs {@code work} through the site; a store failure shows in {@code problem} instead of {@code show}. */
    private static <T> void load(ViewSite site, Words words, Label problem, Callable<T> work, Consumer<T> show) {
        site.<Outcome<T>>load(words.get("loading"), () -> {
            try {
                return new Done<>(work.call());
            } catch (StoreException e) {
                return new Failed<>(e.getMessage());
            }
        }, outcome -> {
            if (outcome instanceof Done<T> done) {
                showProblem(problem, null);
                show.accept(done.value());
            } else if (outcome instanceof Failed<T> failed) {
                showProblem(problem, words.format("error", failed.message() == null ? "?" : failed.message().strip()));
            }
        });
    }

    private static void showProblem(Label problem, String message) {
        boolean shown = message != null;
        problem.setText(shown ? message : "");
        problem.setVisible(shown);
        ((GridData) problem.getLayoutData()).exclude = !shown;
        problem.getParent().layout(true);
    }
}
