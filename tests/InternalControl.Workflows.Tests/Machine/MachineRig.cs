using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests.Machine;

/// <summary>
/// The pure case machine without a database: the sample school of <see cref="Some"/>, the Kyrgyz 2026-2027 calendar
/// and a case of one workflow, moved one event at a time. Each event gets a fresh machine, as the runtime does.
/// </summary>
internal sealed class MachineRig
{
    private readonly WorkflowCatalog _catalog;

    public MachineRig(IReadOnlyList<WorkflowDefinition> definitions, string workflow, DateOnly today, string pupil = "P1", SchoolData? data = null)
    {
        _catalog = new WorkflowCatalog(definitions);
        Definition = _catalog.Latest(workflow)!;
        Data = data ?? Some.School(new School(1, "School 97", Country.Kg, [Language.Ky, Language.Ru], false, "2026-2027"));
        Today = today;
        State = new CaseState { Id = 7, SchoolId = 1, Workflow = workflow, PupilId = pupil, SubjectId = "MATH", Term = "2026-2027/1", StartedBy = "5.7" };
    }

    public WorkflowDefinition Definition { get; }

    public SchoolData Data { get; }

    public CaseState State { get; }

    public DateOnly Today { get; set; }

    public static SchoolCalendar Calendar { get; } = CalendarCatalog.Find("kg", "2026-2027")!;

    /// <summary>The tasks the case has now, as the store would hold them after each event.</summary>
    public List<TaskRecord> Tasks { get; } = [];

    public static MachineRig Load(string policy, string workflow, DateOnly today, string pupil = "P1", SchoolData? data = null)
    {
        var loaded = WorkflowBinder.Load(policy, "test.icp");
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Diagnostics.Select(d => d.ToString())));
        return new MachineRig(loaded.Value!, workflow, today, pupil, data);
    }

    public CaseMachine Machine(string actor = "system") =>
        new(Definition, State, new RuntimeContext(RoleResolver.For(Data), Calendar, _catalog, new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)), actor);

    public Transition Begin() => Apply(m => m.Begin());

    public Transition Apply(Action<CaseMachine> act, string actor = "system")
    {
        var machine = Machine(actor);
        act(machine);
        var effects = machine.Effects;
        foreach (var update in effects.TaskUpdates)
        {
            Tasks.RemoveAll(t => t.Token == update.Token);
            if (update.Status == WorkTaskStatus.Open)
            {
                Tasks.Add(update);
            }
        }

        Tasks.AddRange(effects.NewTasks);
        return effects;
    }

    public TaskRecord Task(string step) => Assert.Single(Tasks, t => t.Step == step && t.Status == WorkTaskStatus.Open);

    public Transition Complete(string step, string outcome, params string[] fields)
    {
        var task = Task(step);
        var definition = (TaskStep)Definition.RequireStep(step);
        return Apply(m => m.Complete(task, definition.Outcome(outcome)!, Fields.Of(fields)), "T1");
    }
}
