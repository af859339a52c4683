package webcare.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoTextsTest {

    private static final Set<String> PLACEHOLDERS = Set.of("brand", "to", "location", "product", "order", "days",
            "amount");

    @Test
    void everyThemeHasTemplatesInDutchAndEnglishWithKnownPlaceholdersOnly() {
        for (Theme theme : Theme.values()) {
            for (String lang : Set.of(DemoTexts.NL, DemoTexts.EN)) {
                assertThat(DemoTexts.templates(theme, lang)).as("%s in %s", theme, lang).isNotEmpty()
                        .allSatisfy(template -> {
                            Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(template);
                            while (placeholder.find()) {
                                assertThat(placeholder.group(1)).as(template).isIn(PLACEHOLDERS);
                            }
                        });
            }
        }
    }

    @Test
    void addressingTheBrandComesFirst() {
        for (Theme theme : Theme.values()) {
            assertThat(DemoTexts.templates(theme, DemoTexts.NL)).filteredOn(t -> t.contains("{to}"))
                    .allSatisfy(t -> assertThat(t).startsWith("{to} "));
            assertThat(DemoTexts.templates(theme, DemoTexts.EN)).filteredOn(t -> t.contains("{to}"))
                    .allSatisfy(t -> assertThat(t).startsWith("{to} "));
        }
    }

    @Test
    void dutchAndEnglishProductsMatchUp() {
        assertThat(DemoTexts.DUTCH_PRODUCTS).hasSameSizeAs(DemoTexts.ENGLISH_PRODUCTS);
    }
}
