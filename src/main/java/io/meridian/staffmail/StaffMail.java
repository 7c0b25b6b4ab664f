package io.meridian.staffmail;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.meridian.links.WebappLinks;
import io.meridian.outbox.Outbox;
import io.meridian.system.Groups;
import io.meridian.system.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans a staff email in the caller's transaction (to go out at once) to the addresses given, or, when there are
 * none, to the administrators ({@value Groups#ADMIN}) with a note of whom it was meant for, why nobody there can be
 * told and where to correct it. Only when no administrator has an address either does it reach nobody, with a
 * warning in the log.
 */
@Component
public class StaffMail {

    private static final Logger log = LoggerFactory.getLogger(StaffMail.class);
    /** The outbox's subject column. */
    private static final int MAX_SUBJECT = 300;

    private final Outbox outbox;
    private final StaffDirectory staff;
    private final WebappLinks links;

    StaffMail(Outbox outbox, StaffDirectory staff, WebappLinks links) {
        this.outbox = outbox;
        this.staff = staff;
        this.links = links;
    }

    /**
     * What was planned: the addresses, and whether the administrators got it in place of those it was meant for.
     *
     * @param to       the addresses planned, none when nobody could be told
     * @param missed   the people it was for whom it missed, as they have no address (while others had one)
     * @param meantFor whom it was meant for, e.g. "the group managers"
     * @param why      why nobody there could be told; empty when they were
     */
    public record Sent(List<String> to, List<String> missed, String meantFor, String why) {

        /** Whether the administrators stood in for those it was meant for. */
        public boolean standIn() {
            return !why.isEmpty();
        }

        /** For a comment or a briefing: the addresses, or whom it was meant for, why nobody there, and who got it instead. */
        public String describe() {
            if (!standIn()) {
                return String.join(", ", to) + (missed.isEmpty() ? "" : " (no email address: " + String.join(", ", missed) + ")");
            }
            return "nobody in " + meantFor + " (" + why + "), " + (to.isEmpty()
                ? "and no administrator has an email address either: nobody was told"
                : "so the administrators instead: " + String.join(", ", to));
        }
    }

    /** Said once the server is ready, and in the log only: a run whose administrators have no address tells nobody in their place. */
    @EventListener(ApplicationReadyEvent.class)
    void sayWhenNoAdministratorHasAnAddress() {
        administratorsUnreachable().ifPresent(log::warn);
    }

    /** The warning for a run in which no administrator has an email address; empty when one has. */
    Optional<String> administratorsUnreachable() {
        return staff.emailsOf(Groups.ADMIN).isEmpty()
            ? Optional.of("No administrator (" + Groups.ADMIN + ") has an email address: a reminder, escalation notice or crisis alert"
                + " whose people have no address will reach nobody. Give one in Camunda Admin (Users, the user, Profile: Email),"
                + " or start with MERIDIAN_ADMIN_EMAIL.")
            : Optional.empty();
    }

    /** To every member of {@code group} who has an email address, or else the administrators. */
    public Sent toGroup(String group, String subject, String body, String reference) {
        StaffDirectory.Members members = staff.membersOf(group);
        return to(members.addresses(), members.withoutAddress(), staff.title(group), () -> staff.nobodyIn(group, members), subject,
            body, reference);
    }

    /**
     * To {@code addresses}, or, when there are none, to the administrators; {@code meantFor} and {@code why} (asked
     * only then) tell them whom it was for, why nobody there has an address and which profiles and groups to correct.
     */
    public Sent to(Collection<String> addresses, String meantFor, Supplier<StaffDirectory.Nobody> why, String subject, String body,
                   String reference) {
        return to(addresses, List.of(), meantFor, why, subject, body, reference);
    }

    /** The same, naming in {@link Sent#describe()} the people it was for without an address ({@code missed}) when others had one. */
    public Sent to(Collection<String> addresses, Collection<String> missed, String meantFor, Supplier<StaffDirectory.Nobody> why,
                   String subject, String body, String reference) {
        Set<String> unique = new LinkedHashSet<>(addresses);
        if (!unique.isEmpty()) {
            unique.forEach(address -> outbox.planInternal(address, cut(subject), body, reference));
            return new Sent(List.copyOf(unique), List.copyOf(new LinkedHashSet<>(missed)), meantFor, "");
        }
        StaffDirectory.Nobody nobody = why.get();
        List<String> administrators = staff.emailsOf(Groups.ADMIN);
        if (administrators.isEmpty()) {
            log.warn("Nobody told of '{}': it was meant for {} ({}), and no administrator ({}) has an email address either",
                subject, meantFor, nobody.why(), Groups.ADMIN);
        }
        String note = "You get this email as an administrator of Meridian: it was meant for " + meantFor + ", but " + nobody.why()
            + ". Until someone there has an email address, they get no escalation, reminder or crisis alert. " + whereToCorrect(nobody)
            + "\n\nPlease pass this on now.\n\n----\n\n";
        administrators.forEach(address -> outbox.planInternal(address, cut("For " + meantFor + ", nobody there to tell: " + subject),
            note + body, reference));
        return new Sent(administrators, List.of(), meantFor, nobody.why());
    }

    /** Each profile and group to correct, linked in Camunda Admin where the server knows its public address. */
    private String whereToCorrect(StaffDirectory.Nobody nobody) {
        List<String> places = new java.util.ArrayList<>();
        nobody.users().forEach(user -> places.add("- the email address of " + user
            + links.userProfile(user).map(link -> ": " + link).orElse(" (Users, " + user + ", Profile: Email)")));
        nobody.groups().forEach(group -> places.add("- the members of " + group
            + links.groupMembers(group).map(link -> ": " + link).orElse(" (Groups, " + group + ", Users)")));
        return places.isEmpty() ? "Correct it in Camunda Admin (Users, the user, Profile: Email; or Groups, the group, Users)."
            : "Correct it in Camunda Admin:\n" + String.join("\n", places);
    }

    private static String cut(String subject) {
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…";
    }
}
