package io.meridian.messages;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Example values for each message kind, used only to check that a template renders: a value for
 * every placeholder of the kind, so an unreplaced placeholder or a misspelt name shows; days, moments, amounts and counts
 * as the emails write them in each language (6,250.00 USD in English, 6.250,00 USD in German).
 */
final class SampleValues {

    private SampleValues() {
    }

    static Map<String, Object> of(MessageKind kind) {
        Map<String, Object> v = new HashMap<>();
        switch (kind) {
            case QUOTE -> {
                v.put("product", "LED panel 60x60");
                v.put("quantity", Amounts.count(500));
                v.put("productParameters", "600x600 mm, 40 W, 4000 K");
                v.put("moq", Amounts.count(100));
                v.put("leadTimeDays", 30);
                v.put("paymentTerms", "30% T/T in advance, 70% against B/L copy");
                v.put("portOfLoading", "Ningbo");
                v.put("unitPrice", Amounts.of(new BigDecimal("12.50"), "USD"));
                v.put("currency", "USD");
                v.put("total", Amounts.of(new BigDecimal("6250"), "USD"));
                v.put("validUntil", day(2027, 4, 30));
                v.put("inquiryId", "inq-1");
                v.put("externalRef", "SHOP-1001");
                v.put("revised", false);
            }
            case ORDER_CONFIRMATION -> {
                v.put("orderNumber", "ORD-2027-0001");
                v.put("quantity", Amounts.count(500));
                v.put("product", "LED panel 60x60");
                v.put("amount", Amounts.of(new BigDecimal("6250"), "USD"));
                v.put("currency", "USD");
                v.put("deliveryDate", day(2027, 5, 20));
                v.put("shippingMethod", "SEA");
                v.put("bySea", true);
                v.put("previousDeliveryDate", "");
            }
            case TRACKING_NUMBER -> {
                v.put("orderNumber", "ORD-2027-0001");
                v.put("carrier", "Maersk");
                v.put("trackingNumber", "MAEU1234567");
                v.put("additionalTrackingNumbers", List.of(Map.of("additionalTrackingNumber", "MAEU1234568")));
                v.put("replaces", "");
                v.put("indirect", false);
                v.put("corrected", "");
            }
            case EXCEPTION_NOTICE -> {
                v.put("orderNumber", "ORD-2027-0001");
                v.put("productionDelay", true);
                v.put("logisticsHold", false);
                v.put("qualityComplaint", false);
                v.put("complaintNumber", "");
                v.put("cause", "A supplier delivered the drivers late.");
                v.put("solution", "A second supplier ships the missing drivers by air.");
                v.put("expectedRecovery", at(2027, 5, 2, 10, 0));
                v.put("recoveryTime", true);
            }
            case COMPLAINT_ACKNOWLEDGED, COMPLAINT_DIAGNOSIS, COMPLAINT_INTERIM_SOLUTION -> {
                v.put("complaintNumber", "CMP-2027-0001");
                v.put("text", "We have received your report on the flickering panels.");
                if (kind == MessageKind.COMPLAINT_ACKNOWLEDGED) {
                    // a crisis's acknowledgement: the apology, who follows it and when the diagnosis comes
                    v.put("crisis", true);
                    v.put("nextUpdateBy", at(2027, 5, 2, 12, 0));
                }
            }
            case COMPLAINT_ROOT_CAUSE_FIX -> {
                v.put("complaintNumber", "CMP-2027-0001");
                v.put("rootCause", "A batch of drivers had a faulty capacitor.");
                v.put("correctiveAction", "Every driver batch is now tested at incoming inspection.");
            }
            case COMPLAINT_REOPENED -> {
                v.put("complaintNumber", "CMP-2027-0001");
                v.put("comment", "Two panels still flicker.");
            }
            case COMPLAINT_CLOSING_REPORT -> {
                v.put("complaintNumber", "CMP-2027-0001");
                v.put("description", "Panels flicker.");
                v.put("diagnosis", "Faulty drivers.");
                v.put("interimSolution", "Replacement drivers sent by air.");
                v.put("rootCause", "A batch of drivers had a faulty capacitor.");
                v.put("correctiveAction", "Incoming inspection of every driver batch.");
            }
            case SATISFACTION_SURVEY -> {
                v.put("quarter", ClientDates.quarter(2027, 1));
                v.put("answerBy", day(2027, 4, 9));
            }
            case IMPROVEMENT_REPORT -> {
                v.put("evaluatedAt", day(2027, 4, 2));
                v.put("nps", 6);
                v.put("csat", 3);
                v.put("ces", 5);
                v.put("detractor", true);
                v.put("findings", "Replies to technical questions took two days.");
                v.put("measures", "A second engineer answers technical questions; answers within one working day.");
                v.put("timetable", "From 2027-04-15");
                v.put("complaintNumber", "C-482913");
            }
            case MEETING_MINUTES -> {
                v.put("recordNumber", "SHOP-1001");
                v.put("meetingKind", "CALL");
                v.put("kindCall", true);
                v.put("heldAt", at(2027, 3, 4, 10, 0));
                v.put("needs", "500 panels by June, 4000 K.");
                v.put("points", "Price per unit, lead time, port of loading.");
                v.put("actions", "2027-03-11: comparison report\n2027-03-12: call on the report");
                v.put("actionList", List.of(Map.of("action", "2027-03-11: comparison report"), Map.of("action", "2027-03-12: call on the report")));
            }
            case MILESTONE_CHECKLIST -> {
                v.put("orderNumber", "ORD-2027-0001");
                v.put("milestone", "Pre-shipment inspection");
                v.put("milestoneAt", at(2027, 5, 10, 9, 0));
                v.put("checklist", List.of(Map.of("item", "Inspection agency and inspector named"),
                    Map.of("item", "AQL level agreed")));
            }
            case PROGRESS_REPORT -> {
                v.put("orderNumber", "ORD-2027-0001");
                v.put("reportNumber", 2);
                v.put("reportOn", day(2027, 4, 16));
                v.put("progressPercent", 60);
                v.put("stockComplete", false);
                v.put("stockReadyOn", day(2027, 5, 3));
                v.put("customsCleared", false);
                v.put("summary", "Housings done; drivers being fitted.");
                v.put("nextReportOn", day(2027, 4, 23));
            }
            case COMPLAINT_RECEIVED -> {
                v.put("complaintNumber", "C-482913");
                v.put("receivedAt", at(2027, 3, 6, 10, 15));
                v.put("replyBy", at(2027, 3, 8, 23, 0));
                v.put("nextOpening", at(2027, 3, 8, 9, 0));
                v.put("workingHours", workingHours());
            }
            case AUTO_REPLY -> {
                v.put("product", "LED panel 60x60");
                v.put("externalRef", "SHOP-1001");
                v.put("receivedAt", at(2027, 3, 5, 23, 30));
                v.put("replyBy", at(2027, 3, 8, 23, 0));
                v.put("replyDueAt", at(2027, 3, 8, 23, 0));
                v.put("nextOpening", at(2027, 3, 8, 9, 0));
                v.put("workingHours", workingHours());
            }
            case NEXT_DATE -> {
                v.put("product", "LED panel 60x60");
                v.put("nextStepOn", day(2027, 3, 12));
                v.put("externalRef", "SHOP-1001");
            }
            case CONFIRMED_ITEMS -> {
                v.put("channel", "WHATSAPP");
                v.put("viaWhatsapp", true);
                v.put("agreedAt", at(2027, 3, 5, 10, 0));
                v.put("agreedBy", "Sam Lee");
                v.put("text", "Delivery moves to 2027-05-27; payment terms unchanged.");
                v.put("recordNumber", "ORD-2027-0001");
            }
        }
        return v;
    }

    /**
     * Monday to Friday, 09:00 to 23:00, as the out-of-hours replies write a team's working hours: the day names in the
     * part's language (the JDK's CLDR data) and the range mark of {@link ClientDates#range}, so that a Portuguese
     * preview reads "segunda-feira–sexta-feira: 09:00–23:00" as the real email does, not "Monday to Friday".
     */
    private static Localized workingHours() {
        return language -> {
            Locale locale = Locale.forLanguageTag(language);
            String range = ClientDates.range(locale);
            return List.of(Map.of("days", DayOfWeek.MONDAY.getDisplayName(TextStyle.FULL, locale) + range
                + DayOfWeek.FRIDAY.getDisplayName(TextStyle.FULL, locale), "hours", "09:00" + range + "23:00"));
        };
    }

    private static Localized day(int year, int month, int day) {
        return ClientDates.day(LocalDate.of(year, month, day));
    }

    private static Localized at(int year, int month, int day, int hour, int minute) {
        return ClientDates.moment(LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
