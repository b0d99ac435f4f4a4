package org.villageplanner.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cluster alliance (片区/共富联合体) in one scenario.
 *
 * <p>{@code members} are village codes in the order the planner entered them; {@code leader} is a village
 * code or null. Whether the leader is a member, whether the cluster is contiguous, within size bounds,
 * or obeys its type rule is not enforced here: those are validation rules ({@code cluster} package), so
 * that a plan under construction can be shown with its problems. {@code locked} clusters are kept as they
 * are by suggestions and paint mode. {@code bridges} names barrier layers that do not cut this cluster's
 * neighbour links (a bridge crosses the river); empty for most clusters.
 */
public record Cluster(
        String id,
        String name,
        ClusterType type,
        String leader,
        List<String> members,
        JointEntity entity,
        Agreement agreement,
        List<Contribution> contributions,
        List<InvestmentProject> projects,
        List<Saving> savings,
        boolean locked,
        List<String> bridges) {

    public Cluster {
        id = Check.text(id, "cluster", "id");
        name = name == null || name.isBlank() ? id : name.strip();
        type = Check.present(type, name, "type");
        leader = leader == null || leader.isBlank() ? null : leader.strip();
        members = List.copyOf(Check.present(members, name, "members"));
        Set<String> seen = new LinkedHashSet<>();
        for (String m : members) {
            if (!seen.add(m)) {
                throw new PlannerException("core.cluster.duplicateMember", name, m);
            }
        }
        entity = entity == null ? JointEntity.named(name) : entity;
        agreement = agreement == null ? Agreement.DEFAULTS : agreement;
        contributions = List.copyOf(contributions == null ? List.of() : contributions);
        projects = List.copyOf(projects == null ? List.of() : projects);
        savings = List.copyOf(savings == null ? List.of() : savings);
        bridges = List.copyOf(bridges == null ? List.of() : new LinkedHashSet<>(bridges));
    }

    /** As the canonical constructor, with no barrier switched off ({@code bridges} empty). */
    public Cluster(String id, String name, ClusterType type, String leader, List<String> members, JointEntity entity,
                   Agreement agreement, List<Contribution> contributions, List<InvestmentProject> projects,
                   List<Saving> savings, boolean locked) {
        this(id, name, type, leader, members, entity, agreement, contributions, projects, savings, locked, List.of());
    }

    /** A bare cluster with default entity and agreement and no contributions or projects. */
    public static Cluster of(String id, String name, ClusterType type, String leader, List<String> members) {
        return new Cluster(id, name, type, leader, members, null, null, List.of(), List.of(), List.of(), false);
    }

    public Cluster withMembers(List<String> newMembers) {
        return new Cluster(id, name, type, leader, newMembers, entity, agreement, contributions, projects, savings,
                locked, bridges);
    }

    public Cluster withName(String newName) {
        return new Cluster(id, newName, type, leader, members, entity, agreement, contributions, projects, savings,
                locked, bridges);
    }

    public Cluster withType(ClusterType newType) {
        return new Cluster(id, name, newType, leader, members, entity, agreement, contributions, projects, savings,
                locked, bridges);
    }

    public Cluster withLeader(String newLeader) {
        return new Cluster(id, name, type, newLeader, members, entity, agreement, contributions, projects, savings,
                locked, bridges);
    }

    public Cluster withAgreement(Agreement a) {
        return new Cluster(id, name, type, leader, members, entity, a, contributions, projects, savings, locked, bridges);
    }

    public Cluster withContributions(List<Contribution> c) {
        return new Cluster(id, name, type, leader, members, entity, agreement, c, projects, savings, locked, bridges);
    }

    public Cluster withProjects(List<InvestmentProject> p) {
        return new Cluster(id, name, type, leader, members, entity, agreement, contributions, p, savings, locked, bridges);
    }

    public Cluster withLocked(boolean l) {
        return new Cluster(id, name, type, leader, members, entity, agreement, contributions, projects, savings, l, bridges);
    }

    /** This cluster with the named barrier layers switched off for it (a bridge crosses them). */
    public Cluster withBridges(List<String> b) {
        return new Cluster(id, name, type, leader, members, entity, agreement, contributions, projects, savings, locked,
                b);
    }

    public boolean hasMember(String code) {
        return members.contains(code);
    }
}
