package io.meridian.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks without their table scan. Before the first check of every
 * command, Camunda 7.24 reads {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} (all of
 * the table) to drop the caller's groups that hold no authorization from the checks' {@code IN}
 * lists. Here the table gains a row with every open task (the candidate group's grant on it), so
 * that statement grows with the open work and every engine-rest start, inquiry, task query and
 * Tasklist request pays for it (the cause of the engine-rest start rate falling as open tasks pile
 * up, README "Benchmarks"). Camunda knows it (camunda/camunda-bpm-platform#5485, open); CIB seven
 * and Operaton (operaton/operaton#3141) add a threshold below which the groups go through as they are.
 *
 * <p>That is what this does: a caller with at most {@link #PASS_THROUGH} groups keeps all of them in
 * the checks. It changes no answer: a group that holds no authorization matches no row of the
 * checks' subqueries whether it is in the list or not; it only spares the pre-filter. Callers in
 * more groups (a directory's hundreds) are filtered as Camunda does, keeping the lists short.
 */
final class AuthorizedGroups extends AuthorizationManager {

    /** Meridian's users are in one to a dozen groups (the teams, desks and camunda-admin). */
    static final int PASS_THROUGH = 50;

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() || authenticatedGroupIds.size() > PASS_THROUGH) {
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
        List<String> groups = new ArrayList<>(authenticatedGroupIds.size());
        authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().forEach(groups::add);
        return groups;
    }

    /** Registered as the engine's {@link AuthorizationManager} (a custom session factory replaces the default one of its type). */
    static final class Factory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new AuthorizedGroups();
        }
    }
}
