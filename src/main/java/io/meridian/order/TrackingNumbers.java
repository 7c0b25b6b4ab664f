package io.meridian.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.system.InvalidInputException;

/**
 * The tracking numbers of a shipment in several containers or parcels: the shipment's {@code trackingNumber} and the others
 * beside it ({@code additionalTrackingNumbers}), one for each part, each told to the client. Kept one a line. Whatever
 * shows an order's tracking to the team or the client reads them all here ({@link #of(OrderRecord)}, {@link #written}).
 */
public final class TrackingNumbers {

    /** Parts a shipment may name beside its first, and the length of a number: together they fit the ledger's 2100 characters. */
    static final int MAX_ADDITIONAL = 20;
    static final int MAX_LENGTH = 100;
    static final String FIELD = "additionalTrackingNumbers";

    private TrackingNumbers() {
    }

    /**
     * The additional numbers given, trimmed, in their order; a 400 naming each one that is empty, too long, holds a line
     * break, repeats the shipment's {@code trackingNumber} or an earlier one of the list (none given: none).
     */
    static List<String> additional(String trackingNumber, List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (given.size() > MAX_ADDITIONAL) {
            errors.put(FIELD, FIELD + " has " + given.size() + " numbers; at most " + MAX_ADDITIONAL + " parts beside the first");
        }
        List<String> numbers = new ArrayList<>();
        String first = trackingNumber == null ? "" : trackingNumber.trim();
        for (int i = 0; i < given.size(); i++) {
            String field = FIELD + "[" + i + "]";
            String number = given.get(i) == null ? "" : given.get(i).trim();
            if (number.isEmpty()) {
                errors.put(field, field + " is empty: give the tracking number of each further part of the shipment");
            } else if (number.length() > MAX_LENGTH) {
                errors.put(field, field + " is longer than " + MAX_LENGTH + " characters");
            } else if (number.chars().anyMatch(Character::isISOControl)) {
                errors.put(field, field + " holds a line break or control character: give one tracking number per item");
            } else if (number.equals(first)) {
                errors.put(field, field + " '" + number + "' is the shipment's trackingNumber: list only the other parts' numbers");
            } else if (numbers.contains(number)) {
                errors.put(field, field + " '" + number + "' is given twice");
            }
            numbers.add(number);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(numbers);
    }

    /** Every tracking number of the order's shipment, its first then the other parts'; none before the shipment. */
    public static List<String> of(OrderRecord order) {
        return of(order.trackingNumber(), order.additionalTrackingNumbers());
    }

    /**
     * Every tracking number of a shipment from the fulfilment's variables: {@code trackingNumber} and
     * {@code additionalTrackingNumbers}, one a line (either may be absent).
     */
    public static List<String> of(String first, String additionalOneALine) {
        return of(first, split(additionalOneALine));
    }

    private static List<String> of(String first, List<String> additional) {
        List<String> all = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            all.add(first.trim());
        }
        additional.stream().map(String::trim).filter(n -> !n.isEmpty() && !all.contains(n)).forEach(all::add);
        return List.copyOf(all);
    }

    /** "tracking number MAEU1" or "tracking numbers MAEU1, MAEU2 and MAEU3"; empty for none. */
    public static String written(List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return "";
        }
        if (numbers.size() == 1) {
            return "tracking number " + numbers.get(0);
        }
        return "tracking numbers " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    static String join(List<String> numbers) {
        return numbers == null || numbers.isEmpty() ? null : String.join("\n", numbers);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split("\n")).filter(n -> !n.isBlank()).toList();
    }
}
