package io.meridian.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.meridian.system.StaffDirectory;

/**
 * The staff directory for one sweep, each user and group looked up once: a sweep that reminds a
 * hundred tasks of the sales group asks for its members once.
 */
final class Recipients {

    private final StaffDirectory staff;
    private final Map<String, Optional<String>> users = new HashMap<>();
    private final Map<String, StaffDirectory.Members> groups = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    Recipients(StaffDirectory staff) {
        this.staff = staff;
    }

    /** "Managers (managers)": the group's name with its id, read once a sweep. */
    String title(String groupId) {
        return titles.computeIfAbsent(groupId, staff::title);
    }

    Optional<String> ofUser(String userId) {
        return users.computeIfAbsent(userId, staff::emailOf);
    }

    List<String> ofGroup(String groupId) {
        return membersOf(groupId).addresses();
    }

    /** The members of the group an email to it misses, as they have no address. */
    List<String> withoutAddressIn(String groupId) {
        return membersOf(groupId).withoutAddress();
    }

    /** Why a group has no address, from its members as already read: asked only when it has none, for the administrators. */
    StaffDirectory.Nobody nobodyIn(String groupId) {
        return staff.nobodyIn(groupId, membersOf(groupId));
    }

    private StaffDirectory.Members membersOf(String groupId) {
        return groups.computeIfAbsent(groupId, staff::membersOf);
    }

    StaffDirectory.Nobody nobodyIs(String userId) {
        return staff.nobodyIs(userId);
    }
}
