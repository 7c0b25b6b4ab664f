package io.meridian.desk;

import java.util.List;

import io.meridian.system.ConfiguredTeams;
import org.springframework.stereotype.Component;

/** The desks' groups (and demo users) for the identity set-up, Tasklist grants and filters. */
@Component
class DeskTeams implements ConfiguredTeams {

    private final Desks desks;

    DeskTeams(Desks desks) {
        this.desks = desks;
    }

    @Override
    public List<Team> teams() {
        return desks.all().stream().map(d -> new Team(d.group(), "Desk " + d.title(), d.demoUser())).toList();
    }
}
