package io.meridian.system;

import java.util.List;

/**
 * Teams that configuration adds to the groups of {@link Groups} (the desks): each gets the grants
 * and Tasklist filters of a team, and on the default run a demo user.
 */
public interface ConfiguredTeams {

    /**
     * @param demoUser null for none
     */
    record Team(String group, String name, String demoUser) {
    }

    List<Team> teams();
}
