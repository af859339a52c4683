package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.model.plan.Organisation;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;

/** "Kwiek B.V." at the end of a sentence is not followed by a second full stop in any document. */
class NoDoubleFullStopTest {

    private static final Plan KWIEK = Plans.dairy().withOrganisation(new Organisation("Kwiek B.V.", null, "Opgericht in 1998."));

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void noDocumentPrintsTwoFullStopsAfterTheOrganisation(String language) throws IOException {
        ExportContext context = language.equals("nl") ? Plans.dutch(3) : Plans.english(3);

        List<String> texts = List.of(Pdfs.text(Pdfs.export(new PdfPlanExporter(), KWIEK, context)),
                new String(Pdfs.export(new HtmlPlanExporter(), KWIEK, context), StandardCharsets.UTF_8),
                Pdfs.text(Pdfs.export(new PocketCardExporter(), KWIEK, context)),
                Pdfs.text(Pdfs.export(new ReviewMinutesExporter(), KWIEK, context)),
                unfolded(Pdfs.export(new ReviewInviteExporter(), KWIEK, context)));

        assertThat(texts).allSatisfy(text -> assertThat(text).contains("Kwiek B.V.").doesNotContain("B.V..")
                .doesNotContain("1998.."));
        assertThat(texts.get(4)).containsPattern("(?:crisisplan van|crisis plan of) Kwiek B\\.V\\. ");
    }

    /** The .ics text with its folded lines joined again (RFC 5545 3.1). */
    private static String unfolded(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "").replace("\\n", "\n");
    }
}
