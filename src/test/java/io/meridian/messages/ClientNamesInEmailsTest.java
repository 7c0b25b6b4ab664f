package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * A client is addressed by name as each language part writes names: in the part's own script where the record has the
 * name in it (a Chinese part to 王伟 never says "尊敬的Wang先生："), Chinese and Korean names without a space (王伟,
 * 김민준: 한글 맞춤법 제48항; W3C clreq), and a family name the record has in capitals as names are written ("Dear Mr
 * Wang", not "Dear Mr WANG").
 */
@RunsBeside
class ClientNamesInEmailsTest {

    private static String text(String language, Addressee to) throws IOException {
        List<String> languages = language.equals("en") ? List.of("en") : List.of(language, "en");
        return ShippedTemplates.renderer(MessageKind.ORDER_CONFIRMATION, languages)
            .render(MessageKind.ORDER_CONFIRMATION, to, SampleValues.of(MessageKind.ORDER_CONFIRMATION), languages).text();
    }

    private static Addressee chinese(String contactName, String given, String family, String salutation) {
        return new Addressee("wei@example.cn", "Huaguang Lighting", contactName, given, family, salutation, null, "zh",
            ZoneId.of("Asia/Shanghai"), "zh", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true, true);
    }

    private static Addressee korean(String contactName, String given, String family) {
        return new Addressee("minjun@example.kr", "Hanbit Co.", contactName, given, family, "MR", null, "ko",
            ZoneId.of("Asia/Seoul"), "ko", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true, true);
    }

    private static Addressee western(String contactName, String given, String family, String language) {
        return new Addressee("buyer@example.com", "Dupont SA", contactName, given, family, "MR", null, language,
            ZoneId.of("Europe/Berlin"), language, "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", false);
    }

    @Test
    void shouldWriteChineseAndKoreanNamesWithoutASpaceAndJapaneseWithOne() throws IOException {
        assertThat(text("zh", chinese("王伟", "伟", "王", null))).startsWith("尊敬的王伟：\n").doesNotContain("王 伟");
        assertThat(text("ko", korean("김민준", "민준", "김"))).startsWith("김민준 님께\n").doesNotContain("김 민준");
        Addressee yamada = new Addressee("taro@example.jp", "Yamada Shoji", "山田太郎", "太郎", "山田", "MR", null, "ja",
            ZoneId.of("Asia/Tokyo"), "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", false, "FORMAL", true, true);
        assertThat(text("ja", yamada)).startsWith("Yamada Shoji\n山田 太郎 様\n");
    }

    @Test
    void shouldAddressTheClientInThePartsScriptWhereTheContactNameIsWrittenInIt() throws IOException {
        String latinSplit = text("zh", chinese("王伟", "Wei", "Wang", "MR"));
        assertThat(latinSplit).startsWith("尊敬的王伟：\n").contains("Dear Mr Wang,").doesNotContain("尊敬的Wang");

        String hanSplit = text("zh", chinese("Wang Wei", "伟", "王", "MR"));
        assertThat(hanSplit).startsWith("尊敬的王先生：\n").contains("Dear Wang Wei,").doesNotContain("Mr 王");

        assertThat(text("ko", korean("김민준", "Min-jun", "Kim"))).startsWith("김민준 님께\n").contains("Dear Mr Kim,");
    }

    @Test
    void shouldWriteAFamilyNameRecordedInCapitalsAsNamesAreWritten() throws IOException {
        assertThat(text("en", western("Jean Dupont", "Jean", "DUPONT", "en"))).startsWith("Dear Mr Dupont,\n");
        assertThat(text("de", western("JEAN DUPONT", "JEAN", "DUPONT", "de"))).startsWith("Sehr geehrter Herr Dupont,\n");
        assertThat(text("en", western("Karim AL-HARBI", "Karim", "AL-HARBI", "en"))).startsWith("Dear Mr Al-Harbi,\n");
        assertThat(text("en", western("Seán O'BRIEN", null, null, "en"))).startsWith("Dear Mr O'Brien,\n");
    }

    /**
     * A record with the contact name alone (a single name, common in South India, or no split sent) and the gender known:
     * the Portuguese, Spanish and Arabic salutations agree with it ("Prezado Senthil"), where they read the neutral
     * "Prezado(a)", "Estimado/a", "السيد/السيدة … المحترم/ة" meant for an unknown gender, which stay for that case.
     */
    @Test
    void shouldAgreeWithTheKnownGenderWhenOnlyTheContactNameIsOnRecord() throws IOException {
        assertThat(text("pt", single("Senthil", "MR", "pt"))).startsWith("Prezado Senthil,\n");
        assertThat(text("pt", single("Priya", "MS", "pt"))).startsWith("Prezada Priya,\n");
        assertThat(text("pt-PT", single("Priya", "MS", "pt-PT"))).startsWith("Exma. Senhora Priya,\n");
        assertThat(text("es", single("Priya", "MS", "es"))).startsWith("Estimada Priya:\n");
        assertThat(text("ar", single("Senthil", "MR", "ar"))).startsWith("السيد Senthil المحترم،\n");
        assertThat(text("pt", single("Senthil", null, "pt"))).startsWith("Prezado(a) Senthil,\n");
        assertThat(text("es", single("Senthil", null, "es"))).startsWith("Estimado/a Senthil:\n");
    }

    /**
     * The given-name and honorific salutations (a Vietnamese client's title and given name, a Thai client's given name, a
     * Japanese client's full name) wrote the neutral "Estimado/a", "Prezado(a)", "Caro(a)", "السيد/السيدة … المحترم/ة"
     * even with the gender on record; they agree with it now, as the family-name salutations do ("Estimado Sr. Hung",
     * as the English "Dear Mr Hung"), and keep the neutral form for an unknown gender.
     */
    @Test
    void shouldAgreeWithTheKnownGenderInTheGivenNameAndHonorificSalutations() throws IOException {
        assertThat(text("es", named("Hung", "Nguyen", "MR", "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimado Sr. Hung:\n");
        assertThat(text("es", named("Lan", "Tran", "MS", "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimada Sra. Lan:\n");
        assertThat(text("pt", named("Lan", "Tran", "MS", "pt", "TITLE_AND_GIVEN_NAME"))).startsWith("Prezada Sra. Lan,\n");
        assertThat(text("pt-PT", named("Lan", "Tran", "MS", "pt-PT", "TITLE_AND_GIVEN_NAME"))).startsWith("Cara Sr.ª Lan,\n");
        assertThat(text("ar", named("Lan", "Tran", "MS", "ar", "TITLE_AND_GIVEN_NAME"))).startsWith("السيدة Lan المحترمة،\n");
        assertThat(text("es", named("Anong", "Srisuk", "MS", "es", "GIVEN_NAME_HONORIFIC"))).startsWith("Estimada Anong:\n");
        assertThat(text("pt", named("Somchai", "Jaidee", "MR", "pt", "GIVEN_NAME_HONORIFIC"))).startsWith("Prezado Somchai,\n");
        assertThat(text("ar", named("Somchai", "Jaidee", "MR", "ar", "GIVEN_NAME_HONORIFIC"))).startsWith("السيد Somchai المحترم،\n");
        assertThat(text("es", named("Hanako", "Sato", "MS", "es", "FAMILY_NAME_HONORIFIC"))).startsWith("Estimada Hanako Sato:\n");
        assertThat(text("pt-PT", named("Taro", "Yamada", "MR", "pt-PT", "FAMILY_NAME_HONORIFIC")))
            .startsWith("Exmo. Senhor Taro Yamada,\n");
        assertThat(text("ar", named("Layla", "Haddad", "MS", "ar", "GIVEN_NAME"))).startsWith("عزيزتي Layla،\n");
        // the gender unknown: the neutral form stays
        assertThat(text("es", named("Hung", "Nguyen", null, "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimado/a Hung:\n");
        assertThat(text("pt", named("Somchai", "Jaidee", null, "pt", "GIVEN_NAME_HONORIFIC"))).startsWith("Prezado(a) Somchai,\n");
        assertThat(text("ar", named("Layla", "Haddad", null, "ar", "GIVEN_NAME"))).startsWith("عزيزي/عزيزتي Layla،\n");
    }

    /**
     * A title on record (Dr., Ing.), where the etiquette uses titles, was named before the family name ("Estimado Dr.
     * Nguyen:") but dropped before the given name: a Vietnamese doctor read "Estimado Sr. Hung:", "Prezado Sr. Hung,",
     * "السيد Hung المحترم،", a Thai one "Dear Khun Somchai". The given-name and honorific salutations name it as the
     * family-name one does; without a title they are unchanged.
     */
    @Test
    void shouldNameTheTitleOnRecordBeforeTheGivenName() throws IOException {
        assertThat(text("es", titled("Hung", "Nguyen", "MR", "Dr.", "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimado Dr. Hung:\n");
        assertThat(text("es", titled("Lan", "Tran", "MS", "Ing.", "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimada Ing. Lan:\n");
        assertThat(text("es", titled("Lan", "Tran", null, "Dra.", "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimado/a Dra. Lan:\n");
        assertThat(text("es", titled("Anong", "Srisuk", "MS", "Dra.", "es", "GIVEN_NAME_HONORIFIC"))).startsWith("Estimada Dra. Anong:\n");
        assertThat(text("pt", titled("Hung", "Nguyen", "MR", "Dr.", "pt", "TITLE_AND_GIVEN_NAME"))).startsWith("Prezado Dr. Hung,\n");
        assertThat(text("pt", titled("Somchai", "Jaidee", "MR", "Eng.", "pt", "GIVEN_NAME_HONORIFIC"))).startsWith("Prezado Eng. Somchai,\n");
        assertThat(text("pt-PT", titled("Hung", "Nguyen", "MR", "Dr.", "pt-PT", "TITLE_AND_GIVEN_NAME"))).startsWith("Caro Sr. Dr. Hung,\n");
        assertThat(text("ar", titled("Hung", "Nguyen", "MR", "Dr.", "ar", "TITLE_AND_GIVEN_NAME"))).startsWith("السيد الدكتور Hung المحترم،\n");
        assertThat(text("ar", titled("Anong", "Srisuk", "MS", "Dr.", "ar", "GIVEN_NAME_HONORIFIC"))).startsWith("السيدة الدكتورة Anong المحترمة،\n");
        assertThat(text("en", titled("Hung", "Nguyen", "MR", "Dr.", "en", "TITLE_AND_GIVEN_NAME"))).startsWith("Dear Dr Hung,\n");
        assertThat(text("en", titled("Somchai", "Jaidee", "MR", "Dr.", "en", "GIVEN_NAME_HONORIFIC"))).startsWith("Dear Dr Somchai,\n");
        assertThat(text("de", titled("Hung", "Nguyen", "MR", "Dr.", "de", "TITLE_AND_GIVEN_NAME"))).startsWith("Sehr geehrter Herr Dr. Hung,\n");
        // a first-name culture (Denmark, Australia) greets by the first name alone; no title on record, no change
        assertThat(text("en", titled("Mette", "Jensen", "MS", "Dr.", "en", "GIVEN_NAME"))).startsWith("Dear Mette,\n");
        assertThat(text("es", titled("Hung", "Nguyen", "MR", null, "es", "TITLE_AND_GIVEN_NAME"))).startsWith("Estimado Sr. Hung:\n");
        assertThat(text("en", titled("Somchai", "Jaidee", "MR", null, "en", "GIVEN_NAME_HONORIFIC"))).startsWith("Dear Khun Somchai,\n");
    }

    private static Addressee titled(String given, String family, String salutation, String title, String language,
                                    String form) {
        return new Addressee("buyer@example.com", "Saigon Light", given + " " + family, given, family, salutation, title,
            language, ZoneId.of("Asia/Ho_Chi_Minh"), language, "GIVEN_FIRST", form, true, "STANDARD", false);
    }

    private static Addressee named(String given, String family, String salutation, String language, String form) {
        return new Addressee("buyer@example.com", "Saigon Light", given + " " + family, given, family, salutation, null,
            language, ZoneId.of("Asia/Ho_Chi_Minh"), language, "GIVEN_FIRST", form, false, "STANDARD", false);
    }

    private static Addressee single(String name, String salutation, String language) {
        return new Addressee("buyer@example.in", "Senthil Traders", name, null, null, salutation, null, language,
            ZoneId.of("Asia/Kolkata"), language, "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", false);
    }

    @Test
    void shouldTakeTheFamilyNameAContactNameAloneMarksInCapitals() throws IOException {
        assertThat(text("en", western("Jean DUPONT", null, null, "en"))).startsWith("Dear Mr Dupont,\n");
        assertThat(text("de", western("Dr. Hans MÜLLER", null, null, "de"))).startsWith("Sehr geehrter Herr Müller,\n");
        assertThat(text("en", western("LI Wei", null, null, "en"))).startsWith("Dear Mr Li,\n");
        // no capitals to go by: the contact name as given, never a guess
        assertThat(text("en", western("Jean Dupont", null, null, "en"))).startsWith("Dear Jean Dupont,\n");
        assertThat(text("en", western("John Smith III", null, null, "en"))).startsWith("Dear John Smith III,\n");
    }
}
