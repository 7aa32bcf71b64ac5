package org.meldcode.settings;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;

/**
 * A school's settings: the configuration that adapts a protocol to one school without changing
 * its text or its rules — contact data, the designated safeguarding officers, two choices the
 * school makes in step 3, and the deadlines the school sets itself.
 *
 * <p>{@link #DEFAULTS} changes nothing: the protocol applies exactly as written. Every value is
 * validated on construction; a bad one gives an {@link InvalidSettingException} naming the key.
 * Files in this shape are read by {@code org.meldcode.json.SettingsFiles} (module meldcode-json); every key is described
 * in {@code docs/settings.md}.
 *
 * @param schoolName                        the school's name, or empty
 * @param veiligThuis                       the school's Veilig Thuis contact; empty: as the protocol prints it
 * @param safeguardingOfficers              the school's designated safeguarding officers
 *                                          (aandachtsfunctionarissen): staff ids with the role they hold
 * @param teacherMayJoinParentsConversation whether the teacher may join the conversation with the parents
 *                                          in step 3 (false: as the seed plan says, clause SP-3.5)
 * @param conversationSkipRoles             the roles that may record that step 3 is skipped; empty: the
 *                                          protocol's own roles
 * @param followUpAfterHelp                 how long after help is organised (and after each later
 *                                          weighing) the situation is weighed again; empty: no follow-up date
 * @param stepDeadlines                     for a step's number, the time allowed to complete it after the
 *                                          step before it (step 1: after the case's first event)
 */
public record SchoolSettings(
        String schoolName,
        Optional<VeiligThuisContact> veiligThuis,
        List<Actor> safeguardingOfficers,
        boolean teacherMayJoinParentsConversation,
        Optional<Set<Role>> conversationSkipRoles,
        Optional<Period> followUpAfterHelp,
        Map<Integer, Period> stepDeadlines) {

    /** The settings that change nothing: the protocol applies exactly as written. */
    public static final SchoolSettings DEFAULTS =
            new SchoolSettings("", Optional.empty(), List.of(), false, Optional.empty(), Optional.empty(), Map.of());

    /** Validates and copies every field. */
    public SchoolSettings {
        schoolName =
                Objects.requireNonNull(schoolName, "schoolName is required").strip();
        if (schoolName.length() > 300) {
            throw new InvalidSettingException("school", "is longer than 300 characters");
        }
        Objects.requireNonNull(veiligThuis, "veiligThuis is required (Optional.empty() for none)");
        Objects.requireNonNull(safeguardingOfficers, "safeguardingOfficers is required");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < safeguardingOfficers.size(); i++) {
            Actor officer = safeguardingOfficers.get(i);
            if (officer == null) {
                throw new InvalidSettingException("safeguardingOfficers." + i, "is required");
            }
            if (!ids.add(officer.staffId())) {
                throw new InvalidSettingException(
                        "safeguardingOfficers." + i, "staff id '" + officer.staffId() + "' is listed twice");
            }
        }
        safeguardingOfficers = List.copyOf(safeguardingOfficers);
        Objects.requireNonNull(conversationSkipRoles, "conversationSkipRoles is required (Optional.empty() for none)");
        if (conversationSkipRoles.isPresent()) {
            Set<Role> roles = conversationSkipRoles.get();
            if (roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
                throw new InvalidSettingException(
                        "conversationSkipRoles",
                        "name at least one role: skipping step 3 protects the pupil, someone must be able to record it");
            }
            conversationSkipRoles = Optional.of(Collections.unmodifiableSet(EnumSet.copyOf(roles)));
        }
        Objects.requireNonNull(followUpAfterHelp, "followUpAfterHelp is required (Optional.empty() for none)");
        followUpAfterHelp.ifPresent(p -> positive(p, "followUpAfterHelp"));
        Objects.requireNonNull(stepDeadlines, "stepDeadlines is required");
        Map<Integer, Period> deadlines = new TreeMap<>();
        for (Map.Entry<Integer, Period> e : stepDeadlines.entrySet()) {
            Integer step = Objects.requireNonNull(e.getKey(), "stepDeadlines has a null step");
            new StepDeadline(step, e.getValue()); // validates both
            requireKnownStep(step);
            deadlines.put(step, e.getValue());
        }
        stepDeadlines = Collections.unmodifiableMap(deadlines);
    }

    /**
     * The roles that may take an action of this kind at this school: the protocol's roles, except
     * where the settings name others ({@link #conversationSkipRoles}).
     */
    public Set<Role> rolesFor(Protocol protocol, ActionType type) {
        if (type == ActionType.CONVERSATION_SKIP && conversationSkipRoles.isPresent()) {
            return conversationSkipRoles.get();
        }
        return protocol.rolesFor(type);
    }

    /** The national number of Veilig Thuis, free and open day and night. */
    public static final String VEILIG_THUIS_NATIONAL_PHONE = "0800-2000";

    /**
     * The number to call Veilig Thuis on: the school's configured contact, or else the national
     * number (never the number a protocol prints, which may be stale: the seed prints 088-2000).
     */
    public String veiligThuisPhone() {
        return veiligThuis.map(VeiligThuisContact::phone).orElse(VEILIG_THUIS_NATIONAL_PHONE);
    }

    /** Whether a staff member in the role may take an action of this kind at this school. */
    public boolean grants(Protocol protocol, ActionType type, Role role) {
        if (type == ActionType.CONVERSATION_SKIP && conversationSkipRoles.isPresent()) {
            return protocol.actions().containsKey(type)
                    && conversationSkipRoles.get().contains(role);
        }
        return protocol.grants(type, role);
    }

    /** The step deadlines as a list, in step order (for the rules). */
    public List<StepDeadline> deadlines() {
        List<StepDeadline> out = new ArrayList<>(stepDeadlines.size());
        stepDeadlines.forEach((step, period) -> out.add(new StepDeadline(step, period)));
        return out;
    }

    /** Whether these settings are the defaults, which change nothing. */
    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    /** These settings with another school name. */
    public SchoolSettings withSchoolName(String name) {
        return new SchoolSettings(
                name,
                veiligThuis,
                safeguardingOfficers,
                teacherMayJoinParentsConversation,
                conversationSkipRoles,
                followUpAfterHelp,
                stepDeadlines);
    }

    /** These settings with another Veilig Thuis contact. */
    public SchoolSettings withVeiligThuis(VeiligThuisContact contact) {
        return new SchoolSettings(
                schoolName,
                Optional.of(contact),
                safeguardingOfficers,
                teacherMayJoinParentsConversation,
                conversationSkipRoles,
                followUpAfterHelp,
                stepDeadlines);
    }

    /** These settings with other safeguarding officers. */
    public SchoolSettings withSafeguardingOfficers(List<Actor> officers) {
        return new SchoolSettings(
                schoolName,
                veiligThuis,
                officers,
                teacherMayJoinParentsConversation,
                conversationSkipRoles,
                followUpAfterHelp,
                stepDeadlines);
    }

    /** These settings with the teacher permitted, or not, at the conversation with the parents. */
    public SchoolSettings withTeacherMayJoinParentsConversation(boolean mayJoin) {
        return new SchoolSettings(
                schoolName,
                veiligThuis,
                safeguardingOfficers,
                mayJoin,
                conversationSkipRoles,
                followUpAfterHelp,
                stepDeadlines);
    }

    /** These settings with other roles that may skip step 3. */
    public SchoolSettings withConversationSkipRoles(Set<Role> roles) {
        return new SchoolSettings(
                schoolName,
                veiligThuis,
                safeguardingOfficers,
                teacherMayJoinParentsConversation,
                Optional.of(roles),
                followUpAfterHelp,
                stepDeadlines);
    }

    /** These settings with a follow-up period after help is organised. */
    public SchoolSettings withFollowUpAfterHelp(Period period) {
        return new SchoolSettings(
                schoolName,
                veiligThuis,
                safeguardingOfficers,
                teacherMayJoinParentsConversation,
                conversationSkipRoles,
                Optional.of(period),
                stepDeadlines);
    }

    /** These settings with a deadline for a step (replacing one it had). */
    public SchoolSettings withStepDeadline(int step, Period period) {
        Map<Integer, Period> deadlines = new TreeMap<>(stepDeadlines);
        deadlines.put(step, period);
        return new SchoolSettings(
                schoolName,
                veiligThuis,
                safeguardingOfficers,
                teacherMayJoinParentsConversation,
                conversationSkipRoles,
                followUpAfterHelp,
                deadlines);
    }

    static void positive(Period period, String key) {
        if (period == null) {
            throw new InvalidSettingException(key, "is required");
        }
        if (period.isZero() || period.isNegative()) {
            throw new InvalidSettingException(
                    key, "must be a positive period (such as P5D, P2W or 5 days), was " + period);
        }
        if (period.toTotalMonths() > 120 || period.getDays() > 3660) {
            throw new InvalidSettingException(key, "is longer than ten years (" + period + ")");
        }
    }

    private static void requireKnownStep(int step) {
        for (ProtocolRef ref : Protocol.known()) {
            Protocol protocol = Protocol.of(ref);
            boolean known = false;
            for (Step s : protocol.steps()) {
                known |= s.number() == step;
            }
            if (!known) {
                throw new InvalidSettingException(
                        "stepDeadlines." + step,
                        "unknown step " + step + "; protocol " + ref + " has steps "
                                + protocol.steps().get(0).number() + " to "
                                + protocol.steps()
                                        .get(protocol.steps().size() - 1)
                                        .number());
            }
        }
    }
}
