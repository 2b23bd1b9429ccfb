using InternalControl.Application.Control;
using InternalControl.Application.Policies;
using InternalControl.Application.Registers;
using InternalControl.Application.Telemetry;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Cases;

/// <summary>
/// A school opened for work: its data, its attached policy compiled, and the workflow runtime over
/// the workflows that policy defines. This is where rules meet workflows: an evaluation's `start`
/// intents become cases, once per key, however often the evaluation runs.
/// </summary>
public sealed class SchoolSession : IDisposable
{
    private readonly WorkflowCatalog _definitions;

    private SchoolSession(Workspace workspace, SchoolData data, CompiledPolicy? policy, WorkflowRuntime runtime, WorkflowCatalog definitions, RuleEngineKind engine)
    {
        Engine = engine;
        _definitions = definitions;
        Workspace = workspace;
        Data = data;
        Policy = policy;
        Runtime = runtime;
    }

    public Workspace Workspace { get; }

    public SchoolData Data { get; }

    /// <summary>The school's compiled policy; null when none is attached.</summary>
    public CompiledPolicy? Policy { get; }

    public WorkflowRuntime Runtime { get; }

    /// <summary>The rule engine the school's policy runs on (`ic init --engine`), or <see cref="RuleEngines.Default"/>.</summary>
    public RuleEngineKind Engine { get; }

    /// <summary>The registers (6.5) and the monthly report, read from the runtime's journal.</summary>
    public RegisterBook Registers => new(Runtime, Data);

    /// <summary>The workflow definitions of the school's policy, which the reports read their steps and outcomes from.</summary>
    public WorkflowCatalog Definitions => _definitions;

    /// <summary>Opens a session; a policy that no longer compiles (after an upgrade) is reported, not half-run.</summary>
    public static Result<SchoolSession> Open(Workspace workspace) => Open(workspace, null);

    /// <summary>
    /// Opens a session whose runtime leases timers and messages under <paramref name="worker"/>'s name (null: a name of
    /// its own); a policy that no longer compiles is reported, not half-run.
    /// </summary>
    public static Result<SchoolSession> Open(Workspace workspace, string? worker)
    {
        var snapshot = SchoolSnapshot.Load(workspace);
        return snapshot.Value is { } read
            ? Result<SchoolSession>.From(Over(workspace, read, worker), [])
            : Result<SchoolSession>.Failure(snapshot.Diagnostics);
    }

    /// <summary>
    /// A session over a school already read (a host's <see cref="LiveSchool"/>): no data is loaded and no policy compiled;
    /// only the workflow runtime is opened, on a connection of its own.
    /// </summary>
    public static SchoolSession Over(Workspace workspace, SchoolSnapshot snapshot, string? worker = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(snapshot);
        var definitions = snapshot.Policy?.Workflows ?? new WorkflowCatalog([]);
        var rules = snapshot.Policy?.Rules;
        var options = new WorkflowRuntimeOptions(workspace.Database, snapshot.Data, workspace.Calendar, workspace.Clock, definitions)
        {
            StarterName = rules is null ? null : StarterNames.Of(rules.RuleTitle),
        };
        var runtime = WorkflowRuntime.Open(worker is null ? options : options with { Worker = worker });
        return new SchoolSession(workspace, snapshot.Data, snapshot.Policy?.Rules, runtime, definitions, snapshot.Engine);
    }

    /// <summary>
    /// Opens a session for a command that only reads cases, tasks and messages (`ic tasks`, `ic cases`, `ic case`,
    /// `ic outbox`): no policy is compiled (hardening, finding 11), the journal (marks and absences, which these commands
    /// never show) is not read, and the runtime takes each case's workflow from the text stored with it when the case
    /// started. On a workspace opened for reading nothing is written.
    /// </summary>
    public static SchoolSession OpenForReading(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var data = workspace.Database.Scores.WithScores(workspace.LoadWithoutJournal());
        var definitions = new WorkflowCatalog([]);
        // The journal names a rule by its title, read from the attached files without compiling them (StarterNames.Parsed).
        var runtime = WorkflowRuntime.Open(new WorkflowRuntimeOptions(workspace.Database, data, workspace.Calendar, workspace.Clock, definitions)
        {
            StarterName = StarterNames.Parsed(workspace.Database.Policies.Sources(workspace.School.Id)),
        });
        var engine = RuleEngines.TryParse(workspace.Database.Schools.RuleEngine(workspace.School.Id), out var chosen) ? chosen : RuleEngines.Default;
        return new SchoolSession(workspace, data, null, runtime, definitions, engine);
    }

    /// <summary>
    /// Runs the policy on the data as of today, starts a case for every `start` intent (idempotent: an
    /// open case for the key is kept), then fires what is due.
    /// </summary>
    /// <param name="engine">The engine for this run only; null for the school's engine (<see cref="Engine"/>).</param>
    public EvaluationRun Evaluate(RuleEngineKind? engine = null)
    {
        if (Policy is null)
        {
            return new EvaluationRun(null, [], 0);
        }

        using var activity = IcTelemetry.Source.StartActivity("ic.evaluate");
        var kind = engine ?? Engine;
        var result = Policy.Evaluate(Data, Workspace.Calendar, Workspace.Today, kind);
        var started = new List<(WorkflowStart Intent, StartResult Result)>();
        var plan = new Lazy<IReadOnlyList<InternalControl.Kernel.Plans.PlanControl>>(() => Workspace.Database.Plans.Load(Workspace.School.Id));
        var venues = new Lazy<Dictionary<(string Object, string Sheet), string>>(MatrixVenues);
        foreach (var intent in result.Starts)
        {
            // A case keyed by an object and a sheet the plan controls carries the plan's second control and venue, one
            // the plan does not control the venue the matrix names for its group (Plans/PlanRecontrol).
            var variables = Plans.PlanRecontrol.With(KeyVariables(intent), RecontrolTarget(intent), () => plan.Value, Workspace.Today, (o, s) => venues.Value.GetValueOrDefault((o, s)));
            var context = new CaseContext(intent.PupilId, intent.SubjectId, intent.Term.ToString(System.Globalization.CultureInfo.InvariantCulture), variables);
            started.Add((intent, Runtime.Start(intent.Workflow, context, intent.Rule)));
        }

        // Order No. 130: the controls of the school's internal control plan held this month become cases (Plans/PlanTasks).
        Plans.PlanTasks.StartMonth(this);

        // A rule's `notify` reaches people through the outbox, once per rule, text, pupil, subject and quarter.
        var term = (Workspace.Calendar.QuarterOf(Workspace.Today)?.Number ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var notices = 0;
        foreach (var notice in result.Notifications.Where(n => n.Message is not null))
        {
            var sent = Runtime.Notice(notice.Rule, notice.Role, notice.Message!, new CaseContext(notice.PupilId, notice.SubjectId, term));
            notices += sent.Ok && sent.Created ? 1 : 0;
        }

        var fired = Runtime.Tick();
        var run = new EvaluationRun(result, started, fired, notices);
        Observe(activity, run, kind);
        return run;
    }

    public void Dispose() => Runtime.Dispose();

    /// <summary>The evaluation's span, log line and gauges: counts and ids only (finding 13).</summary>
    private void Observe(System.Diagnostics.Activity? activity, EvaluationRun run, RuleEngineKind engine)
    {
        var engineCode = RuleEngines.Code(engine);
        activity?.SetTag("ic.school", Workspace.School.Id);
        activity?.SetTag("ic.engine", engineCode);
        activity?.SetTag("ic.rules", Policy?.Rules.Count ?? 0);
        activity?.SetTag("ic.firings", run.Result?.Firings.Count ?? 0);
        activity?.SetTag("ic.cases_opened", run.Opened);
        activity?.SetTag("ic.notices", run.NoticesSent);
        activity?.SetTag("ic.timers_fired", run.TimersFired);
        IcTelemetry.Logger.Evaluated(Workspace.School.Id, engineCode, run.Result?.Firings.Count ?? 0, run.Opened, run.NoticesSent, run.Result?.Problems.Count ?? 0, run.TimersFired);
        if (IcTelemetry.TasksOverdue.Enabled)
        {
            var today = Workspace.Today;
            var overdue = Runtime.Tasks(new Workflows.Tasks.TaskQuery(null, null)).Count(t => t.Due is { } due && due < today);
            IcTelemetry.TasksOverdue.Record(overdue);
        }

        if (IcTelemetry.Messages.Enabled)
        {
            foreach (var state in Runtime.Outbox().GroupBy(m => m.State))
            {
                IcTelemetry.Messages.Record(state.Count(), new KeyValuePair<string, object?>("ic.state", state.Key.ToString()));
            }
        }
    }

    /// <summary>
    /// The rule's `for` values named after the workflow's key parts, in order: a case keyed by what is not a pupil,
    /// subject or term (Kazakh policy 2: `key object, sheet`) gets its key from them. Pupil, subject and term still
    /// come from the binding and are not repeated as variables, so a pupil workflow's case is exactly as before.
    /// </summary>
    private Dictionary<string, string>? KeyVariables(WorkflowStart intent)
    {
        var key = _definitions.Latest(intent.Workflow)?.Key;
        if (key is null || intent.Parts.Count == 0)
        {
            return null;
        }

        var named = key.Zip(intent.Parts).Where(p => !WorkflowDefinition.KeyParts.Contains(p.First)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return named.Count == 0 ? null : named;
    }

    /// <summary>
    /// The object and the sheet a start of the workflow tagged <c>report recontrols</c> names (its first two key values,
    /// the rule's <c>start ... for x.object, x.sheet</c>), whatever the key's parts are called; null for any other start.
    /// </summary>
    private (string ObjectId, string Sheet)? RecontrolTarget(WorkflowStart intent) =>
        _definitions.Latest(intent.Workflow) is { Report: Kernel.Concepts.ReportTag.Recontrol } && intent.Parts.Count >= 2
            ? (intent.Parts[0], intent.Parts[1])
            : null;

    /// <summary>The venue key the decision matrix names for each evaluated object and sheet (its latest group's decision, §3.3).</summary>
    private Dictionary<(string Object, string Sheet), string> MatrixVenues() =>
        Control.DecisionMatrix.From(Policy) is { } matrix
            ? Control.Evaluations.Evaluate(Data.Scores, matrix)
                .Where(e => e.Decision?.Venue is not null)
                .ToDictionary(e => (e.ObjectId, e.Sheet), e => e.Decision!.Venue!)
            : [];
}
