package webcare.ui.review.swt;

import static webcare.ui.review.swt.SessionWidgets.plain;
import static webcare.ui.review.swt.SessionWidgets.visible;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.AgendaItem;
import webcare.ui.review.model.ReviewSession;

/**
 * The end of the agenda: the decisions counted on four coloured tiles, the contacts confirmed and
 * who took part, and the items still undecided, each a jump back to it. UI thread only.
 */
final class SummaryPage {

    private static final String[] TILE_IDS = {"summary.count.confirmed", "summary.count.changed",
        "summary.count.flagged", "summary.count.undecided"};
    private static final String[] TILE_WORDS = {"summary.tile.confirmed", "summary.tile.changed",
        "summary.tile.flagged", "summary.tile.undecided"};

    private final Look look;
    private final Texts texts;
    private final Composite page;
    private final Label notice;
    private final Label[] tiles = new Label[4];
    private final Label contactsLine;
    private final Label undecidedHeading;
    private final Table undecided;
    private final Button toApprove;

    /**
     * @param back            to the last item
     * @param approve         on to the approval
     * @param jumpToUndecided to the undecided item chosen in the list
     */
    SummaryPage(Composite pages, SessionWidgets widgets, Runnable back, Runnable approve, Runnable jumpToUndecided) {
        this.look = widgets.look();
        this.texts = widgets.texts();
        page = widgets.page(pages, "session.summary");
        Label summaryTitle = widgets.label(page, SWT.WRAP, look.title(1), look.text, "summary.title");
        summaryTitle.setText(texts.get("summary.title"));
        notice = widgets.label(page, SWT.WRAP, look.label(), look.flagged, "summary.notice");
        notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite tileRow = new Composite(page, SWT.NONE);
        tileRow.setBackground(look.background);
        GridLayout tileLayout = new GridLayout(4, true);
        tileLayout.marginWidth = 0;
        tileLayout.horizontalSpacing = widgets.gap();
        tileRow.setLayout(tileLayout);
        tileRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Color[] tileColours = {look.confirmed, look.changed, look.flagged, look.open};
        for (int i = 0; i < 4; i++) {
            Composite tile = new Composite(tileRow, SWT.NONE);
            tile.setBackground(tileColours[i]);
            GridLayout layout = new GridLayout(1, false);
            layout.marginHeight = widgets.gap() / 3;
            layout.verticalSpacing = 0;
            tile.setLayout(layout);
            tile.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            Color ink = i == 3 ? look.text : look.onColour;
            tiles[i] = widgets.label(tile, SWT.CENTER, look.huge(), ink, TILE_IDS[i]);
            tiles[i].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Label word = widgets.label(tile, SWT.CENTER, look.bodyBold(1), ink, null);
            word.setText(texts.get(TILE_WORDS[i]));
            word.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        contactsLine = widgets.label(page, SWT.WRAP, look.body(1), look.text, "summary.contacts");
        contactsLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        undecidedHeading = widgets.label(page, SWT.WRAP, look.bodyBold(1), look.text, "summary.undecided.heading");
        undecidedHeading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        undecided = new Table(page, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        undecided.setData(ReviewView.ID, "summary.undecided");
        undecided.setFont(look.body(2));
        undecided.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        undecided.addListener(SWT.DefaultSelection, event -> jumpToUndecided.run());
        Composite buttons = widgets.row(page, 3);
        widgets.button(buttons, "summary.back", "summary.button.back", back);
        widgets.spacer(buttons);
        toApprove = widgets.button(buttons, "summary.approve", "summary.button.approve", approve);
        toApprove.setFont(look.bodyBold(2));
        Label hint = widgets.label(page, SWT.WRAP, look.small(), look.muted, null);
        hint.setText(texts.get("summary.hint"));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    Composite control() {
        return page;
    }

    /** @param name a participant's name, by person id */
    void show(ReviewSession session, Function<String, String> name) {
        Map<Outcome, Integer> counts = session.counts();
        int open = session.undecided().size();
        tiles[0].setText(Integer.toString(counts.get(Outcome.CONFIRMED)));
        tiles[1].setText(Integer.toString(counts.get(Outcome.CHANGED)));
        tiles[2].setText(Integer.toString(counts.get(Outcome.FLAGGED)));
        tiles[3].setText(Integer.toString(open));
        contactsLine.setText(plain(texts.format("summary.contacts", session.confirmedContacts().size(),
                session.people()) + "\n" + texts.format("summary.participants", session.participants().size(),
                        session.participants().stream().map(name).collect(Collectors.joining(", ")))));
        undecidedHeading.setText(texts.format("summary.undecided", open));
        undecided.removeAll();
        for (AgendaItem item : session.undecided()) {
            TableItem row = new TableItem(undecided, SWT.NONE);
            int at = session.agenda().indexOf(item) + 1;
            row.setText(texts.format("summary.row", at, item.title(), texts.section(item.section()),
                    item.flagged() ? 1 : 0));
            row.setData(item.item());
            if (item.flagged()) {
                row.setForeground(look.flagged);
            }
        }
        visible(undecided, open > 0);
        // no approval without knowing who took part
        toApprove.setEnabled(!session.participants().isEmpty());
        visible(notice, !notice.getText().isEmpty());
        page.getParent().layout(true, true);
        toApprove.setFocus();
    }

    /** A line above the tiles: what became of the decisions when the plan was reloaded. */
    void notice(String text) {
        notice.setText(plain(text));
    }

    /** The undecided item chosen in the list; empty when none is. */
    Optional<String> chosenUndecided() {
        int at = undecided.getSelectionIndex();
        return at >= 0 ? Optional.of((String) undecided.getItem(at).getData()) : Optional.empty();
    }

    /** Enter goes to the undecided item chosen, when the list has the focus. */
    boolean listHasFocus() {
        return page.getDisplay().getFocusControl() == undecided && undecided.getSelectionIndex() >= 0;
    }
}
