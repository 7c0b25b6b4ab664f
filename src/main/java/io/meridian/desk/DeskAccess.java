package io.meridian.desk;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.system.CallerDesks;
import io.meridian.system.ForbiddenException;
import io.meridian.system.ListQuery;
import io.meridian.system.OpenToDesks;
import org.springframework.stereotype.Component;

/**
 * What a desk's member may touch over the API: the clients of their own desk (README "Desks"). An endpoint open to
 * the desks ({@link OpenToDesks}) checks each client it works on here, and narrows its lists;
 * for everyone else (sales, managers, integrations, administrators) both let everything through.
 */
@Component
public class DeskAccess {

    private final Desks desks;
    private final ClientDesks clients;

    DeskAccess(Desks desks, ClientDesks clients) {
        this.desks = desks;
        this.clients = clients;
    }

    /**
     * Refuses (403) a desk member whose desks do not work this client, naming the client's desk.
     *
     * @param record what the request is about, for the message, e.g. {@code inquiry 'Q1'}; null: the client record itself
     */
    public void check(String clientId, String record) {
        Optional<List<String>> groups = CallerDesks.groups();
        if (groups.isEmpty()) {
            return;
        }
        Optional<Desk> desk = clients.deskOf(clientId).flatMap(desks::byName);
        if (desk.isPresent() && groups.get().contains(desk.get().group())) {
            return;
        }
        String client = record == null ? "client " + clientId + " is" : record + " is for client " + clientId + ",";
        String yours = ownDesks(groups.get()).stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        throw new ForbiddenException(client + (desk.isPresent()
            ? " worked by desk '" + desk.get().name() + "' (" + desk.get().group() + ")" : " worked by no desk")
            + ": you work the clients of desk " + yours + " only; sales and managers work every desk's clients");
    }

    /** A list narrowed to the caller's desks' clients, for a desk member; the list as asked for everyone else. */
    public <S extends Enum<S>> ListQuery<S> narrow(ListQuery<S> query) {
        return CallerDesks.groups().map(groups -> query.withinDesks(ownDesks(groups))).orElse(query);
    }

    private List<String> ownDesks(List<String> groups) {
        return desks.all().stream().filter(d -> groups.contains(d.group())).map(Desk::name).toList();
    }
}
