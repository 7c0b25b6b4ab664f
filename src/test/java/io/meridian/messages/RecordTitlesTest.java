package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The title on record is written as the part's language writes it for the addressee: an Arabic salutation wrote it in
 * Latin letters ("السيد Dr. Hung المحترم،") and a Spanish one wrote "Estimada Dr. Lan:" where Spanish writes "Dra.".
 */
@RunsBeside
class RecordTitlesTest {

    private static String salutation(String language, String salutation, String title, String form) throws IOException {
        List<String> languages = List.of(language, "en");
        Addressee to = new Addressee("buyer@example.com", "Saigon Light", "Lan Tran", "Lan", "Tran", salutation, title,
            language, ZoneId.of("Asia/Ho_Chi_Minh"), language, "GIVEN_FIRST", form, true, "STANDARD", false);
        String text = ShippedTemplates.renderer(MessageKind.ORDER_CONFIRMATION, languages)
            .render(MessageKind.ORDER_CONFIRMATION, to, SampleValues.of(MessageKind.ORDER_CONFIRMATION), languages).text();
        return text.substring(0, text.indexOf('\n'));
    }

    @Test
    void shouldWriteTheCommonTitlesInArabicInTheAddresseesGender() throws IOException {
        assertThat(salutation("ar", "MR", "Dr.", "TITLE_AND_FAMILY_NAME")).isEqualTo("السيد الدكتور Tran المحترم،");
        assertThat(salutation("ar", "MS", "Dr.", "TITLE_AND_GIVEN_NAME")).isEqualTo("السيدة الدكتورة Lan المحترمة،");
        assertThat(salutation("ar", "MR", "Prof.", "TITLE_AND_FAMILY_NAME")).isEqualTo("السيد الأستاذ الدكتور Tran المحترم،");
        assertThat(salutation("ar", "MS", "Prof. Dr.", "TITLE_AND_FAMILY_NAME")).isEqualTo("السيدة الأستاذة الدكتورة Tran المحترمة،");
        assertThat(salutation("ar", "MR", "Ing.", "TITLE_AND_FAMILY_NAME")).isEqualTo("السيد المهندس Tran المحترم،");
        assertThat(salutation("ar", "MS", "Eng.", "GIVEN_NAME_HONORIFIC")).isEqualTo("السيدة المهندسة Lan المحترمة،");
        assertThat(salutation("ar", null, "Dr.", "TITLE_AND_GIVEN_NAME")).isEqualTo("السيد/السيدة الدكتور/ة Lan المحترم/ة،");
        // a title Arabic has no form of here stays as recorded
        assertThat(salutation("ar", "MR", "Chief", "TITLE_AND_FAMILY_NAME")).isEqualTo("السيد Chief Tran المحترم،");
    }

    @Test
    void shouldWriteTheFeminineTitleWhereTheLanguageHasOne() throws IOException {
        assertThat(salutation("es", "MS", "Dr.", "TITLE_AND_GIVEN_NAME")).isEqualTo("Estimada Dra. Lan:");
        assertThat(salutation("es", "MS", "Prof.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Estimada Prof.ª Tran:");
        assertThat(salutation("es", "MS", "Ing.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Estimada Ing. Tran:");
        assertThat(salutation("es", "MR", "Dr.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Estimado Dr. Tran:");
        assertThat(salutation("pt", "MS", "Dr.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezada Dra. Tran,");
        assertThat(salutation("pt", "MS", "Eng.", "GIVEN_NAME_HONORIFIC")).isEqualTo("Prezada Eng.ª Lan,");
        assertThat(salutation("pt-PT", "MS", "Dr.", "TITLE_AND_GIVEN_NAME")).isEqualTo("Cara Sr.ª Dr.ª Lan,");
        assertThat(salutation("de", "MS", "Dr.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Sehr geehrte Frau Dr. Tran,");
        assertThat(salutation("en", "MS", "Dr.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Dear Dr Tran,");
        // the gender unknown: the title as recorded
        assertThat(salutation("es", null, "Dr.", "TITLE_AND_GIVEN_NAME")).isEqualTo("Estimado/a Dr. Lan:");
    }

    /**
     * A Brazilian woman professor's record may hold "Profa.", "Profª", "Prof" or the masculine "Prof.º" as typed: each is
     * the professor's title, written "Prof.ª" as the Academia Brasileira de Letras' VOLP abbreviates professora, where
     * only "Prof." was made feminine and "Prezada Profa. Tran," or "Prezada Prof Tran," went out as typed.
     */
    @Test
    void shouldWriteAWomanProfessorsTitleProfAHoweverTheRecordSpellsIt() throws IOException {
        for (String recorded : List.of("Prof.", "Prof", "prof.", "Profa.", "Profa", "Profª", "Prof.ª", "Prof.º", "PROF.")) {
            assertThat(salutation("pt", "MS", recorded, "TITLE_AND_FAMILY_NAME")).as(recorded).isEqualTo("Prezada Prof.ª Tran,");
        }
        assertThat(salutation("pt", "MS", "Profa. Dra.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezada Prof.ª Dra. Tran,");
        assertThat(salutation("pt", "MS", "Prof. Dr", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezada Prof.ª Dra. Tran,");
        assertThat(salutation("pt", "MS", "Engª", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezada Eng.ª Tran,");
        assertThat(salutation("es", "MS", "Prof", "TITLE_AND_FAMILY_NAME")).isEqualTo("Estimada Prof.ª Tran:");
        // a man's title and an unknown gender's stay as recorded; a word that is no title stays as it is
        assertThat(salutation("pt", "MR", "Prof.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezado Prof. Tran,");
        assertThat(salutation("pt", null, "Profa.", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezado(a) Profa. Lan Tran,");
        assertThat(salutation("pt", "MS", "Profissional", "TITLE_AND_FAMILY_NAME")).isEqualTo("Prezada Profissional Tran,");
    }
}
