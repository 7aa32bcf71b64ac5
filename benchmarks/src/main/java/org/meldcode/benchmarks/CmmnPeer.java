package org.meldcode.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.cmmn.api.CmmnRuntimeService;
import org.flowable.cmmn.api.CmmnTaskService;
import org.flowable.cmmn.api.runtime.PlanItemInstance;
import org.flowable.cmmn.engine.CmmnEngine;
import org.flowable.cmmn.engine.CmmnEngineConfiguration;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.Task;

/**
 * The case-management peer measured beside meldcode: the seed protocol's five steps as a Flowable
 * CMMN case ({@code stappenplan.cmmn.xml}) on an in-memory H2 database, and the calls a host makes
 * on it: start a case, complete a task (one user action), and ask what is allowed now.
 *
 * <p>A logbook entry is one completed instance of the teacher's repeatable task {@code logEntry},
 * with the entry's date, signal, source and text as task-local variables: after completion they
 * live in the history tables, and the completed plan item instance stays in the case's runtime
 * rows, so a case of 1,000 entries holds 1,000 of each, as meldcode's case holds 1,000 events.
 *
 * <p>The engine runs as a host with no use for Flowable's identity and event-registry engines
 * would run it: both are disabled, no async executor, history at its default (audit).
 */
public final class CmmnPeer {

    /** The candidate groups: the roles of the plan that take its steps. */
    public static final List<String> ROLES = List.of("TEACHER", "INTERN_BEGELEIDER", "DIRECTOR");

    /** The plan items of the usual path before the logbook entries, one per event of {@link Cases}. */
    static final List<String> PATH = List.of("informIb", "consult", "parentsConversation", "weighRisk", "decideHelp");

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final CmmnEngine engine;
    private final CmmnRuntimeService runtime;
    private final CmmnTaskService tasks;

    private CmmnPeer(CmmnEngine engine) {
        this.engine = engine;
        this.runtime = engine.getCmmnRuntimeService();
        this.tasks = engine.getCmmnTaskService();
    }

    /** Builds the engine on a fresh in-memory H2 database and deploys the model. */
    public static CmmnPeer start() {
        CmmnEngineConfiguration cfg = CmmnEngineConfiguration.createStandaloneInMemCmmnEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:meldcode-cmmn-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        cfg.setAsyncExecutorActivate(false);
        CmmnEngine engine = cfg.buildCmmnEngine();
        engine.getCmmnRepositoryService()
                .createDeployment()
                .addClasspathResource("org/meldcode/benchmarks/stappenplan.cmmn.xml")
                .deploy();
        return new CmmnPeer(engine);
    }

    /** Closes the engine (and with it the database's connections). */
    public void close() {
        engine.close();
    }

    /** Opens a case: the teacher's logbook and step 1 are offered. */
    public String open() {
        return runtime.createCaseInstanceBuilder()
                .caseDefinitionKey("stappenplan")
                .variable("suspicionRemoved", false)
                .start()
                .getId();
    }

    /**
     * A case along the usual path of {@link Cases#withEntries}: the first logbook entry (the
     * signal), steps 1 to 4, the decision to organise help, then {@code entries - 1} further
     * logbook entries.
     */
    public String withEntries(int entries) {
        String caseId = open();
        String entry = task(caseId, "logEntry");
        entry = logEntry(caseId, entry, 0);
        for (String step : PATH) {
            complete(task(caseId, step));
        }
        for (int i = 1; i < entries; i++) {
            entry = logEntry(caseId, entry, i);
        }
        return caseId;
    }

    /**
     * One user action: the teacher completes the open logbook task with an entry, and the id of
     * the next logbook task is looked up (the least a host needs for the next entry).
     *
     * @return the id of the next logbook task
     */
    public String logEntry(String caseId, String taskId, int n) {
        completeEntry(taskId, n);
        return task(caseId, "logEntry");
    }

    /** Completes a logbook task with the entry's fields as task-local variables. */
    void completeEntry(String taskId, int n) {
        tasks.createTaskCompletionBuilder()
                .taskId(taskId)
                .variablesLocal(Map.of(
                        "date",
                        "2026-09-07",
                        "signal",
                        "SIGNAL_" + (n % 4),
                        "source",
                        "OWN_OBSERVATION",
                        "text",
                        "Synthetic observation " + n + "."))
                .complete();
    }

    /** Completes a task with no variables. */
    public void complete(String taskId) {
        tasks.complete(taskId);
    }

    /** Completes a task setting case variables (e.g. {@code suspicionRemoved}). */
    public void complete(String taskId, Map<String, Object> caseVariables) {
        tasks.complete(taskId, caseVariables);
    }

    /** Starts an enabled plan item (one with manual activation), e.g. the pupil conversation. */
    public void startEnabled(String planItemInstanceId) {
        runtime.startPlanItemInstance(planItemInstanceId);
    }

    /** The id of the case's open task of the given definition. */
    public String task(String caseId, String definitionKey) {
        Task t = tasks.createTaskQuery()
                .caseInstanceId(caseId)
                .taskDefinitionKey(definitionKey)
                .singleResult();
        if (t == null) {
            throw new IllegalStateException("no open task " + definitionKey);
        }
        return t.getId();
    }

    /** Whether the case is still running (not completed, not exited). */
    public boolean running(String caseId) {
        return runtime.createCaseInstanceQuery().caseInstanceId(caseId).count() == 1;
    }

    /**
     * What is allowed now: the case's open tasks offered to any of the given candidate groups
     * (with the groups each is offered to) and its enabled plan items (those a user may start).
     * One task query with identity links and one plan item query.
     */
    public Allowed allowed(String caseId, List<String> groups) {
        List<Task> open = tasks.createTaskQuery()
                .caseInstanceId(caseId)
                .taskCandidateGroupIn(groups)
                .includeIdentityLinks()
                .list();
        List<Allowed.Offer> offers = new ArrayList<>(open.size());
        for (Task t : open) {
            List<String> to = new ArrayList<>(2);
            for (IdentityLinkInfo link : t.getIdentityLinks()) {
                if (link.getGroupId() != null && groups.contains(link.getGroupId())) {
                    to.add(link.getGroupId());
                }
            }
            offers.add(new Allowed.Offer(t.getTaskDefinitionKey(), t.getId(), to));
        }
        List<PlanItemInstance> enabled = runtime.createPlanItemInstanceQuery()
                .caseInstanceId(caseId)
                .planItemInstanceStateEnabled()
                .list();
        List<Allowed.Offer> startable = new ArrayList<>(enabled.size());
        for (PlanItemInstance p : enabled) {
            startable.add(new Allowed.Offer(p.getPlanItemDefinitionId(), p.getId(), List.of()));
        }
        return new Allowed(offers, startable);
    }

    /**
     * The answer to "what is allowed now".
     *
     * @param tasks the open tasks, each with the candidate groups it is offered to
     * @param enabled the enabled plan items a user may start
     */
    public record Allowed(List<Offer> tasks, List<Offer> enabled) {

        /** One thing a user may do: the plan item's definition, its id, the groups offered it. */
        public record Offer(String definition, String id, List<String> groups) {}

        /** The ids of the tasks offered, by definition, then of the enabled plan items. */
        public List<String> definitions() {
            List<String> all = new ArrayList<>();
            tasks.forEach(o -> all.add(o.definition()));
            enabled.forEach(o -> all.add(o.definition()));
            all.sort(null);
            return all;
        }

        /** The definitions offered to one candidate group, sorted. */
        public List<String> offeredTo(String group) {
            List<String> all = new ArrayList<>();
            tasks.stream().filter(o -> o.groups().contains(group)).forEach(o -> all.add(o.definition()));
            all.sort(null);
            return all;
        }

        /** The id of the offered task of the given definition. */
        public String taskId(String definition) {
            return tasks.stream()
                    .filter(o -> o.definition().equals(definition))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("not offered: " + definition))
                    .id();
        }
    }
}
